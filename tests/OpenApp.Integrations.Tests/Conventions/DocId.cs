using System.Reflection;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>The documentation comment id of a type or member, as the C# compiler writes it in the XML file.</summary>
internal static class DocId
{
    public static string Of(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        ConstructorInfo ctor => "M:" + TypeName(ctor.DeclaringType!) + "." + (ctor.IsStatic ? "#cctor" : "#ctor") + Parameters(ctor.GetParameters()),
        MethodInfo method => "M:" + TypeName(method.DeclaringType!) + "." + method.Name +
            (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty) +
            Parameters(method.GetParameters()) +
            (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Reference(method.ReturnType) : string.Empty),
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name + Parameters(property.GetIndexParameters()),
        FieldInfo field => "F:" + TypeName(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + TypeName(@event.DeclaringType!) + "." + @event.Name,
        _ => throw new NotSupportedException(member.GetType().Name),
    };

    /// <summary>A type's own name: namespace, nesting with dots, generic arity kept (<c>Page`1</c>).</summary>
    private static string TypeName(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Reference(p.ParameterType))) + ")";

    /// <summary>A type as a parameter: generic arguments in braces, <c>`0</c> / <c>``0</c> for type and method parameters.</summary>
    private static string Reference(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsByRef)
        {
            return Reference(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Reference(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Reference(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!.Replace('+', '.');
            var name = definition[..definition.LastIndexOf('`')];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(Reference)) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
