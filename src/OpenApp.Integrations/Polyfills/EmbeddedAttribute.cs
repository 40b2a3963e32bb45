#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Marks every polyfill type in this folder: the compiler hides an [Embedded] type from other assemblies even through
// InternalsVisibleTo, so a test project that sees this assembly's internals does not also see a second System.Index
// or ArgumentNullException extension next to the runtime's own.

namespace Microsoft.CodeAnalysis;

[Embedded]
[AttributeUsage(AttributeTargets.All, AllowMultiple = false, Inherited = false)]
internal sealed class EmbeddedAttribute : Attribute;
#endif
