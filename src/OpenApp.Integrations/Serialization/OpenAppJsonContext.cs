using System.Text.Json;
using System.Text.Json.Serialization;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Serialization;

/// <summary>
/// The source-generated JSON contracts of every model the SDK reads or writes. All JSON in the SDK goes through
/// it (no reflection), which keeps the library trimming- and Native-AOT-safe.
/// </summary>
/// <remarks>Use <see cref="OpenAppJson.Options"/> rather than <see cref="Default"/>: it adds the rules for
/// <see cref="Optional{T}"/> fields.</remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    Converters = new[]
    {
        typeof(OptionalJsonConverter<string>),
        typeof(OptionalJsonConverter<bool?>),
        typeof(OptionalJsonConverter<int?>),
        typeof(OptionalJsonConverter<JsonElement?>),
        typeof(OptionalJsonConverter<LocalizedString>),
        typeof(OptionalJsonConverter<IList<string>>),
        typeof(OptionalJsonConverter<IList<InviteScheduleEntryInput>>),
    })]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(JsonDocument))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IList<string>))]
[JsonSerializable(typeof(IList<InviteScheduleEntryInput>))]
[JsonSerializable(typeof(IDictionary<string, LocalizedString>))]
[JsonSerializable(typeof(IDictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<ZoneResponse>))]
[JsonSerializable(typeof(List<ZoneResponse>))]
[JsonSerializable(typeof(LocalizedString))]
[JsonSerializable(typeof(ProviderType))]
[JsonSerializable(typeof(IntegrationHealth))]
[JsonSerializable(typeof(EntityType))]
[JsonSerializable(typeof(InviteScheduleKind))]
[JsonSerializable(typeof(InviteRecurrenceSeriesEnd))]
[JsonSerializable(typeof(AccessInviteGrantedPortal))]
[JsonSerializable(typeof(AccessInviteListItem))]
[JsonSerializable(typeof(AccessPortalListItem))]
[JsonSerializable(typeof(AddBuildingUserPayload))]
[JsonSerializable(typeof(ApiErrorResponse))]
[JsonSerializable(typeof(CreateAccessInviteRequest))]
[JsonSerializable(typeof(CreateAccessInviteResponse))]
[JsonSerializable(typeof(CreateAccessPortalRequest))]
[JsonSerializable(typeof(CreateAccessPortalResponse))]
[JsonSerializable(typeof(CreateIntegrationRequest))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(EntityResponse))]
[JsonSerializable(typeof(GetAccessPortalResponse))]
[JsonSerializable(typeof(Integration))]
[JsonSerializable(typeof(IntegrationDeviceMetadataSchemaResponse))]
[JsonSerializable(typeof(IntegrationImageUploadResponse))]
[JsonSerializable(typeof(IntegrationResponse))]
[JsonSerializable(typeof(InviteScheduleCombined))]
[JsonSerializable(typeof(InviteScheduleEntryInput))]
[JsonSerializable(typeof(InviteScheduleEntrySnapshot))]
[JsonSerializable(typeof(InviteScheduleSnapshot))]
[JsonSerializable(typeof(InviteWindow))]
[JsonSerializable(typeof(LanAgentTaskSpecRequest))]
[JsonSerializable(typeof(LanAgentTaskSpecResponse))]
[JsonSerializable(typeof(ListIntegrationAccessInvitesResponse))]
[JsonSerializable(typeof(ListIntegrationAccessPortalsResponse))]
[JsonSerializable(typeof(MultiResourceOutputOptionsQuery))]
[JsonSerializable(typeof(PaginatedResponse))]
[JsonSerializable(typeof(PaginatedResponse_EntityResponse))]
[JsonSerializable(typeof(PaginationQuery))]
[JsonSerializable(typeof(StorageFeatures))]
[JsonSerializable(typeof(UpdateAccessInviteRequest))]
[JsonSerializable(typeof(UpdateAccessPortalRequest))]
[JsonSerializable(typeof(UpdateIntegrationRequest))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(Zone))]
[JsonSerializable(typeof(ZoneResponse))]
internal sealed partial class OpenAppJsonContext : JsonSerializerContext
{
}
