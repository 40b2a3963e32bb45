// The task behind PublicXmlDocs.targets: removes from a compiler-written XML documentation file every <member> whose
// documentation id does not name a type or member callers can see (public or protected, in a type they can see), so
// the package documents its public API and nothing else. The ids are computed from the compiled assembly's metadata
// (System.Reflection.Metadata), in the form the C# compiler writes them. Compiled by MSBuild's RoslynCodeTaskFactory.
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class FilterXmlDocsToPublicApi : Task
{
    [Required]
    public string AssemblyPath { get; set; } = "";

    [Required]
    public string DocumentationFile { get; set; } = "";

    /// <summary>Reports entries for non-public API as errors instead of removing them (.ci/steps/pack.sh checks the
    /// documentation files inside the packages this way).</summary>
    public bool ReportOnly { get; set; }

    public override bool Execute()
    {
        HashSet<string> visible;
        using (var stream = File.OpenRead(AssemblyPath))
        using (var pe = new PEReader(stream))
        {
            visible = VisibleIds(pe.GetMetadataReader());
        }

        var document = XDocument.Load(DocumentationFile, LoadOptions.PreserveWhitespace);
        var hidden = document.Descendants("member")
            .Where(member => !visible.Contains((string?)member.Attribute("name") ?? ""))
            .ToList();
        if (ReportOnly)
        {
            foreach (var member in hidden.Take(20))
            {
                Log.LogError($"{DocumentationFile} documents non-public API: {(string?)member.Attribute("name")}");
            }

            if (hidden.Count > 20)
            {
                Log.LogError($"{DocumentationFile}: {hidden.Count - 20} more entries for non-public API.");
            }

            Log.LogMessage(MessageImportance.High, $"{DocumentationFile}: {document.Descendants("member").Count()} entries, {hidden.Count} for non-public API.");
            return !Log.HasLoggedErrors;
        }

        foreach (var member in hidden)
        {
            // The indentation before the element goes with it.
            if (member.PreviousNode is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
            {
                whitespace.Remove();
            }

            member.Remove();
        }

        if (hidden.Count > 0)
        {
            document.Save(DocumentationFile, SaveOptions.DisableFormatting);
        }

        Log.LogMessage(MessageImportance.Normal, $"{DocumentationFile}: removed {hidden.Count} entries for non-public API, kept {visible.Count} public ids.");
        return !Log.HasLoggedErrors;
    }

    private static HashSet<string> VisibleIds(MetadataReader reader)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new TypeNames(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!IsVisible(reader, type))
            {
                continue;
            }

            var typeName = names.Definition(handle);
            ids.Add("T:" + typeName);

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (IsVisible(method.Attributes))
                {
                    ids.Add("M:" + typeName + "." + MethodId(reader, names, method));
                }
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var accessors = property.GetAccessors();
                if (IsVisible(reader, accessors.Getter) || IsVisible(reader, accessors.Setter))
                {
                    var signature = property.DecodeSignature(names, null);
                    ids.Add("P:" + typeName + "." + MemberName(reader.GetString(property.Name)) + Parameters(signature.ParameterTypes));
                }
            }

            foreach (var eventHandle in type.GetEvents())
            {
                var @event = reader.GetEventDefinition(eventHandle);
                var accessors = @event.GetAccessors();
                if (IsVisible(reader, accessors.Adder) || IsVisible(reader, accessors.Remover))
                {
                    ids.Add("E:" + typeName + "." + MemberName(reader.GetString(@event.Name)));
                }
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var access = field.Attributes & FieldAttributes.FieldAccessMask;
                if (access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem)
                {
                    ids.Add("F:" + typeName + "." + MemberName(reader.GetString(field.Name)));
                }
            }
        }

        return ids;
    }

    private static string MethodId(MetadataReader reader, TypeNames names, MethodDefinition method)
    {
        var name = reader.GetString(method.Name);
        var signature = method.DecodeSignature(names, null);
        var id = new StringBuilder(MemberName(name));
        var arity = method.GetGenericParameters().Count;
        if (arity > 0)
        {
            id.Append("``").Append(arity);
        }

        id.Append(Parameters(signature.ParameterTypes));
        if (name is "op_Implicit" or "op_Explicit")
        {
            id.Append('~').Append(signature.ReturnType);
        }

        return id.ToString();
    }

    // ".ctor" becomes "#ctor"; an explicit implementation's dotted name keeps its parts apart with '#'.
    private static string MemberName(string name) => name.Replace('.', '#');

    private static string Parameters(ImmutableArray<string> types) =>
        types.Length == 0 ? "" : "(" + string.Join(",", types) + ")";

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        switch (type.Attributes & TypeAttributes.VisibilityMask)
        {
            case TypeAttributes.Public:
                return true;
            case TypeAttributes.NestedPublic:
            case TypeAttributes.NestedFamily:
            case TypeAttributes.NestedFamORAssem:
                return IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType()));
            default:
                return false;
        }
    }

    private static bool IsVisible(MetadataReader reader, MethodDefinitionHandle handle) =>
        !handle.IsNil && IsVisible(reader.GetMethodDefinition(handle).Attributes);

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    /// <summary>Type names as documentation ids write them: <c>System.Int32</c>, <c>N.Outer`1.Inner</c>,
    /// <c>System.Collections.Generic.List{System.String}</c>, <c>`0</c>, <c>``0</c>, <c>T[]</c>, <c>T@</c>.</summary>
    private sealed class TypeNames : ISignatureTypeProvider<string, object?>
    {
        private static readonly Regex Arity = new("`([0-9]+)", RegexOptions.CultureInvariant);
        private readonly MetadataReader _reader;

        public TypeNames(MetadataReader reader) => _reader = reader;

        public string Definition(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var name = _reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return Definition(declaring) + "." + name;
            }

            var ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Definition(handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        // Each `N in the definition's name takes the next N arguments: Outer`1.Inner`1 with (A, B) is Outer{A}.Inner{B}.
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            var next = 0;
            return Arity.Replace(genericType, match =>
            {
                var count = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var arguments = typeArguments.Skip(next).Take(count);
                next += count;
                return "{" + string.Join(",", arguments) + "}";
            });
        }

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) =>
            elementType + "[" + string.Join(",", Enumerable.Repeat("0:", shape.Rank)) + "]";

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        // Custom modifiers (in, volatile, init) are not part of C# documentation ids.
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) =>
            "=FUNC:" + signature.ReturnType + Parameters(signature.ParameterTypes);

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => "System.Void",
        };
    }
}
