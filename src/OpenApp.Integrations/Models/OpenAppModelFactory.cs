using System.Text.Json;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Models;

/// <summary>
/// Builds every response model, page and pageable from plain values, for tests that mock the SDK
/// (<c>Substitute.For&lt;IntegrationsClient&gt;()</c>, <c>new Mock&lt;IntegrationsClient&gt;()</c>, or a subclass).
/// Every parameter is optional and named after the property it fills; collections are copied.
/// </summary>
/// <example>
/// <code>
/// var integration = OpenAppModelFactory.IntegrationResponse(id: "int_1", name: LocalizedString.FromLocale("en", "Lobby"));
/// integrations.GetAsync("int_1").Returns(OpenAppModelFactory.Response(integration));
/// integrations.ListAllAsync().Returns(OpenAppModelFactory.AsyncPageableFromItems(new[] { integration }));
/// </code>
/// </example>
public static class OpenAppModelFactory
{
    /// <summary>A response carrying <paramref name="value"/>, as an operation returns it.</summary>
    /// <typeparam name="T">The body's model.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers, e.g. <c>X-Request-Id</c>.</param>
    public static OpenAppResponse<T> Response<T>(T value, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(value, status, headers);

    /// <summary>A response without a body (e.g. a delete).</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers.</param>
    public static OpenAppResponse Response(int status = 204, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, headers);

    /// <summary>One page of a list.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="items">The page's items.</param>
    /// <param name="total">The list's total; defaults to <paramref name="offset"/> plus the items given.</param>
    /// <param name="offset">The page's offset.</param>
    /// <param name="limit">The page size asked for; defaults to <see cref="ListOptions.DefaultLimit"/>.</param>
    public static Page<T> Page<T>(IEnumerable<T> items, long? total = null, int offset = 0, int limit = ListOptions.DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        return new Page<T>(list, total ?? offset + list.Length, offset, limit);
    }

    /// <summary>A pageable over the given pages, as <c>ListAllAsync</c> returns it; makes no requests.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="pages">The pages, in order.</param>
    public static AsyncPageable<T> AsyncPageable<T>(IEnumerable<Page<T>> pages) => OpenApp.Integrations.AsyncPageable<T>.FromPages(pages);

    /// <summary>A pageable that serves <paramref name="items"/> in pages of <paramref name="pageSize"/>; makes no requests.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="items">All the items.</param>
    /// <param name="pageSize">Items per page.</param>
    public static AsyncPageable<T> AsyncPageableFromItems<T>(IEnumerable<T> items, int pageSize = ListOptions.DefaultLimit) =>
        OpenApp.Integrations.AsyncPageable<T>.FromItems(items, pageSize);

    /// <summary>An integration as the server returns it.</summary>
    /// <param name="id">The integration id.</param>
    /// <param name="orgId">The owning organization.</param>
    /// <param name="providerType">The provider type.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="enabled">Whether it is enabled.</param>
    /// <param name="health">Its health; defaults to <see cref="IntegrationHealth.Ok"/>.</param>
    /// <param name="config">Provider configuration.</param>
    /// <param name="metadata">Metadata (returned with <c>include_metadata</c>).</param>
    /// <param name="providerTypeName">The provider type's display name.</param>
    /// <param name="createdAt">Creation time.</param>
    /// <param name="updatedAt">Last update time.</param>
    /// <param name="deletedAt">Soft-deletion time.</param>
    /// <param name="purgeAt">Scheduled purge time.</param>
    /// <param name="hardDeleteAt">Scheduled hard-delete time.</param>
    /// <param name="cacheHit">Whether the server answered from its cache.</param>
    /// <param name="cacheTtl">The cache's time to live, in seconds.</param>
    public static IntegrationResponse IntegrationResponse(
        string id = "",
        string orgId = "",
        ProviderType? providerType = null,
        LocalizedString? name = null,
        bool enabled = true,
        IntegrationHealth? health = null,
        JsonElement? config = null,
        IDictionary<string, string>? metadata = null,
        LocalizedString? providerTypeName = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? deletedAt = null,
        DateTimeOffset? purgeAt = null,
        DateTimeOffset? hardDeleteAt = null,
        bool? cacheHit = null,
        long? cacheTtl = null) => new()
        {
            Id = id,
            OrgId = orgId,
            ProviderType = providerType ?? default,
            Name = name ?? new LocalizedString(),
            Enabled = enabled,
            Health = health ?? IntegrationHealth.Ok,
            Config = config,
            Metadata = Copy(metadata),
            ProviderTypeName = providerTypeName ?? new LocalizedString(),
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            DeletedAt = deletedAt,
            PurgeAt = purgeAt,
            HardDeleteAt = hardDeleteAt,
            CacheHit = cacheHit,
            CacheTtl = cacheTtl,
        };

    /// <summary>An entity of an integration's device.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="deviceId">The device it belongs to.</param>
    /// <param name="entityType">The entity type, e.g. <see cref="Models.EntityType.Door"/>.</param>
    /// <param name="name">The name.</param>
    /// <param name="externalId">The provider's id for it.</param>
    /// <param name="zoneId">The zone it is in.</param>
    /// <param name="metadata">Metadata.</param>
    /// <param name="entityMetadata">Entity-specific metadata.</param>
    /// <param name="state">Provider-specific state.</param>
    /// <param name="createdAt">Creation time.</param>
    /// <param name="updatedAt">Last update time.</param>
    /// <param name="deletedAt">Soft-deletion time.</param>
    /// <param name="purgeAt">Scheduled purge time.</param>
    /// <param name="hardDeleteAt">Scheduled hard-delete time.</param>
    /// <param name="cacheHit">Whether the server answered from its cache.</param>
    /// <param name="cacheTtl">The cache's time to live, in seconds.</param>
    public static EntityResponse EntityResponse(
        string id = "",
        string deviceId = "",
        EntityType? entityType = null,
        string? name = null,
        string? externalId = null,
        string? zoneId = null,
        IDictionary<string, string>? metadata = null,
        IDictionary<string, string>? entityMetadata = null,
        JsonElement? state = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? deletedAt = null,
        DateTimeOffset? purgeAt = null,
        DateTimeOffset? hardDeleteAt = null,
        bool? cacheHit = null,
        long? cacheTtl = null) => new()
        {
            Id = id,
            DeviceId = deviceId,
            EntityType = entityType ?? default,
            Name = name,
            ExternalId = externalId,
            ZoneId = zoneId,
            Metadata = Copy(metadata),
            EntityMetadata = Copy(entityMetadata),
            State = state,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            DeletedAt = deletedAt,
            PurgeAt = purgeAt,
            HardDeleteAt = hardDeleteAt,
            CacheHit = cacheHit,
            CacheTtl = cacheTtl,
        };

    /// <summary>An access portal as listed or updated.</summary>
    /// <param name="id">The portal id.</param>
    /// <param name="publicId">The public id used in links.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="deviceExternalId">The linked device, if any.</param>
    /// <param name="createdAt">Creation time (as sent).</param>
    /// <param name="updatedAt">Last update time (as sent).</param>
    public static AccessPortalListItem AccessPortalListItem(
        string id = "",
        string publicId = "",
        LocalizedString? name = null,
        string? deviceExternalId = null,
        string? createdAt = null,
        string? updatedAt = null) => new()
        {
            Id = id,
            PublicId = publicId,
            Name = name ?? new LocalizedString(),
            DeviceExternalId = deviceExternalId,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };

    /// <summary>An access portal read by id, with the integration that owns it.</summary>
    /// <param name="id">The portal id.</param>
    /// <param name="integrationId">The owning integration.</param>
    /// <param name="publicId">The public id used in links.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="deviceExternalId">The linked device, if any.</param>
    /// <param name="createdAt">Creation time (as sent).</param>
    /// <param name="updatedAt">Last update time (as sent).</param>
    public static GetAccessPortalResponse GetAccessPortalResponse(
        string id = "",
        string integrationId = "",
        string publicId = "",
        LocalizedString? name = null,
        string? deviceExternalId = null,
        string? createdAt = null,
        string? updatedAt = null) => new()
        {
            Id = id,
            IntegrationId = integrationId,
            PublicId = publicId,
            Name = name ?? new LocalizedString(),
            DeviceExternalId = deviceExternalId,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };

    /// <summary>A newly created access portal.</summary>
    /// <param name="id">The portal id.</param>
    /// <param name="publicId">The public id used in links.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="deviceExternalId">The linked device, if any.</param>
    public static CreateAccessPortalResponse CreateAccessPortalResponse(
        string id = "",
        string publicId = "",
        LocalizedString? name = null,
        string? deviceExternalId = null) => new()
        {
            Id = id,
            PublicId = publicId,
            Name = name ?? new LocalizedString(),
            DeviceExternalId = deviceExternalId,
        };

    /// <summary>A portal an invite grants.</summary>
    /// <param name="id">The portal id.</param>
    /// <param name="publicId">The public id used in links.</param>
    /// <param name="name">The name in one or more locales.</param>
    public static AccessInviteGrantedPortal AccessInviteGrantedPortal(string id = "", string publicId = "", LocalizedString? name = null) => new()
    {
        Id = id,
        PublicId = publicId,
        Name = name ?? new LocalizedString(),
    };

    /// <summary>An access invite as listed or updated.</summary>
    /// <param name="id">The invite id.</param>
    /// <param name="name">The invite's name.</param>
    /// <param name="state">Its state as sent, e.g. <c>active</c>.</param>
    /// <param name="isEnabled">Whether it is enabled.</param>
    /// <param name="uses">How often it was used.</param>
    /// <param name="maxUses">The use limit, if any.</param>
    /// <param name="grantedPortals">The portals it opens.</param>
    /// <param name="scheduleKind">How it is scheduled; defaults to <see cref="InviteScheduleKind.SingleWindow"/>.</param>
    /// <param name="schedule">Its current schedule; defaults to an empty one.</param>
    /// <param name="scheduleCombined">The span of all its schedules; defaults to an empty one.</param>
    /// <param name="scheduleEntries">Its schedule entries.</param>
    /// <param name="validFrom">Start of validity (as sent).</param>
    /// <param name="validTo">End of validity (as sent).</param>
    /// <param name="inviteRecurrence">Recurrence rule, as sent.</param>
    /// <param name="inviteeMessage">Message shown to the invitee, as sent.</param>
    /// <param name="disabledJustification">Why it was disabled.</param>
    /// <param name="revokedAt">Revocation time (as sent).</param>
    /// <param name="lastUsedAt">Last use (as sent).</param>
    /// <param name="createdAt">Creation time (as sent).</param>
    /// <param name="updatedAt">Last update time (as sent).</param>
    public static AccessInviteListItem AccessInviteListItem(
        string id = "",
        string? name = null,
        string state = "active",
        bool isEnabled = true,
        int uses = 0,
        int? maxUses = null,
        IEnumerable<AccessInviteGrantedPortal>? grantedPortals = null,
        InviteScheduleKind? scheduleKind = null,
        InviteScheduleSnapshot? schedule = null,
        InviteScheduleCombined? scheduleCombined = null,
        IEnumerable<InviteScheduleEntrySnapshot>? scheduleEntries = null,
        string? validFrom = null,
        string? validTo = null,
        JsonElement? inviteRecurrence = null,
        JsonElement? inviteeMessage = null,
        string? disabledJustification = null,
        string? revokedAt = null,
        string? lastUsedAt = null,
        string? createdAt = null,
        string? updatedAt = null) => new()
        {
            Id = id,
            Name = name,
            State = state,
            IsEnabled = isEnabled,
            Uses = uses,
            MaxUses = maxUses,
            GrantedPortals = List(grantedPortals),
            ScheduleKind = scheduleKind ?? InviteScheduleKind.SingleWindow,
            Schedule = schedule ?? new InviteScheduleSnapshot(),
            ScheduleCombined = scheduleCombined ?? new InviteScheduleCombined(),
            ScheduleEntries = List(scheduleEntries),
            ValidFrom = validFrom,
            ValidTo = validTo,
            InviteRecurrence = inviteRecurrence,
            InviteeMessage = inviteeMessage,
            DisabledJustification = disabledJustification,
            RevokedAt = revokedAt,
            LastUsedAt = lastUsedAt,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };

    /// <summary>A newly created access invite, with its token.</summary>
    /// <param name="inviteLinkId">The invite's link id.</param>
    /// <param name="inviteToken">The invite token (a secret of the invitee).</param>
    /// <param name="name">The invite's name.</param>
    /// <param name="isEnabled">Whether it is enabled.</param>
    /// <param name="uses">How often it was used.</param>
    /// <param name="maxUses">The use limit, if any.</param>
    /// <param name="grantedPortals">The portals it opens.</param>
    /// <param name="validFrom">Start of validity (as sent).</param>
    /// <param name="validTo">End of validity (as sent).</param>
    /// <param name="scheduleKind">How it is scheduled; defaults to <see cref="InviteScheduleKind.SingleWindow"/>.</param>
    /// <param name="schedule">Its current schedule; defaults to an empty one.</param>
    /// <param name="scheduleCombined">The span of all its schedules; defaults to an empty one.</param>
    /// <param name="scheduleEntries">Its schedule entries.</param>
    /// <param name="inviteRecurrence">Recurrence rule, as sent.</param>
    /// <param name="inviteeMessage">Message shown to the invitee, as sent.</param>
    public static CreateAccessInviteResponse CreateAccessInviteResponse(
        string inviteLinkId = "",
        string inviteToken = "",
        string? name = null,
        bool isEnabled = true,
        int uses = 0,
        int? maxUses = null,
        IEnumerable<AccessInviteGrantedPortal>? grantedPortals = null,
        string validFrom = "",
        string validTo = "",
        InviteScheduleKind? scheduleKind = null,
        InviteScheduleSnapshot? schedule = null,
        InviteScheduleCombined? scheduleCombined = null,
        IEnumerable<InviteScheduleEntrySnapshot>? scheduleEntries = null,
        JsonElement? inviteRecurrence = null,
        JsonElement? inviteeMessage = null) => new()
        {
            InviteLinkId = inviteLinkId,
            InviteToken = inviteToken,
            Name = name,
            IsEnabled = isEnabled,
            Uses = uses,
            MaxUses = maxUses,
            GrantedPortals = List(grantedPortals),
            ValidFrom = validFrom,
            ValidTo = validTo,
            ScheduleKind = scheduleKind ?? InviteScheduleKind.SingleWindow,
            Schedule = schedule ?? new InviteScheduleSnapshot(),
            ScheduleCombined = scheduleCombined ?? new InviteScheduleCombined(),
            ScheduleEntries = List(scheduleEntries),
            InviteRecurrence = inviteRecurrence,
            InviteeMessage = inviteeMessage,
        };

    /// <summary>The state of an invite's schedule.</summary>
    /// <param name="isRecurring">Whether it recurs.</param>
    /// <param name="slotDurationSeconds">Length of one window, in seconds.</param>
    /// <param name="activeWindow">The window open now, if any.</param>
    /// <param name="nextWindow">The next window, if any.</param>
    /// <param name="seriesEnd">How a recurring series ends.</param>
    public static InviteScheduleSnapshot InviteScheduleSnapshot(
        bool isRecurring = false,
        long slotDurationSeconds = 0,
        InviteWindow? activeWindow = null,
        InviteWindow? nextWindow = null,
        InviteRecurrenceSeriesEnd? seriesEnd = null) => new()
        {
            IsRecurring = isRecurring,
            SlotDurationSeconds = slotDurationSeconds,
            ActiveWindow = activeWindow,
            NextWindow = nextWindow,
            SeriesEnd = seriesEnd,
        };

    /// <summary>The span covered by all of an invite's schedules.</summary>
    /// <param name="since">Start (as sent).</param>
    /// <param name="until">End (as sent).</param>
    /// <param name="openEndedRecurrence">Whether a recurrence has no end.</param>
    public static InviteScheduleCombined InviteScheduleCombined(string? since = null, string? until = null, bool? openEndedRecurrence = null) => new()
    {
        Since = since,
        Until = until,
        OpenEndedRecurrence = openEndedRecurrence,
    };

    /// <summary>One schedule entry of an invite.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="validFrom">Start (as sent).</param>
    /// <param name="validTo">End (as sent).</param>
    /// <param name="isEnabled">Whether it is enabled.</param>
    /// <param name="name">The entry's name.</param>
    /// <param name="schedule">Its schedule state; defaults to an empty one.</param>
    /// <param name="inviteRecurrence">Recurrence rule, as sent.</param>
    public static InviteScheduleEntrySnapshot InviteScheduleEntrySnapshot(
        string id = "",
        string validFrom = "",
        string validTo = "",
        bool isEnabled = true,
        string? name = null,
        InviteScheduleSnapshot? schedule = null,
        JsonElement? inviteRecurrence = null) => new()
        {
            Id = id,
            ValidFrom = validFrom,
            ValidTo = validTo,
            IsEnabled = isEnabled,
            Name = name,
            Schedule = schedule ?? new InviteScheduleSnapshot(),
            InviteRecurrence = inviteRecurrence,
        };

    /// <summary>One time window of an invite.</summary>
    /// <param name="from">Start (as sent).</param>
    /// <param name="to">End (as sent).</param>
    public static InviteWindow InviteWindow(string from = "", string to = "") => new() { From = from, To = to };

    /// <summary>How a recurring invite series ends.</summary>
    /// <param name="kind"><c>never</c>, <c>until</c> or <c>count</c>.</param>
    /// <param name="at">The end time, for <c>until</c>.</param>
    /// <param name="total">The number of occurrences, for <c>count</c>.</param>
    public static InviteRecurrenceSeriesEnd InviteRecurrenceSeriesEnd(string kind = Models.InviteRecurrenceSeriesEnd.KindNever, string? at = null, int? total = null) => new()
    {
        Kind = kind,
        At = at,
        Total = total,
    };

    /// <summary>A zone of an integration.</summary>
    /// <param name="id">The zone id.</param>
    /// <param name="integrationId">The owning integration.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="parentZoneId">The enclosing zone, if any.</param>
    /// <param name="externalId">The provider's id for it.</param>
    /// <param name="metadata">Metadata.</param>
    /// <param name="createdAt">Creation time.</param>
    /// <param name="updatedAt">Last update time.</param>
    /// <param name="deletedAt">Soft-deletion time.</param>
    /// <param name="purgeAt">Scheduled purge time.</param>
    /// <param name="hardDeleteAt">Scheduled hard-delete time.</param>
    /// <param name="cacheHit">Whether the server answered from its cache.</param>
    /// <param name="cacheTtl">The cache's time to live, in seconds.</param>
    public static ZoneResponse ZoneResponse(
        string id = "",
        string integrationId = "",
        LocalizedString? name = null,
        string? parentZoneId = null,
        string? externalId = null,
        IDictionary<string, string>? metadata = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? deletedAt = null,
        DateTimeOffset? purgeAt = null,
        DateTimeOffset? hardDeleteAt = null,
        bool? cacheHit = null,
        long? cacheTtl = null) => new()
        {
            Id = id,
            IntegrationId = integrationId,
            Name = name ?? new LocalizedString(),
            ParentZoneId = parentZoneId,
            ExternalId = externalId,
            Metadata = Copy(metadata),
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            DeletedAt = deletedAt,
            PurgeAt = purgeAt,
            HardDeleteAt = hardDeleteAt,
            CacheHit = cacheHit,
            CacheTtl = cacheTtl,
        };

    /// <summary>A user of a building, with roles.</summary>
    /// <param name="id">The user id.</param>
    /// <param name="email">The e-mail address.</param>
    /// <param name="name">The name in one or more locales.</param>
    /// <param name="roles">Roles by scope.</param>
    /// <param name="metadata">Metadata.</param>
    /// <param name="createdAt">Creation time.</param>
    /// <param name="updatedAt">Last update time.</param>
    /// <param name="deletedAt">Soft-deletion time.</param>
    /// <param name="purgeAt">Scheduled purge time.</param>
    /// <param name="hardDeleteAt">Scheduled hard-delete time.</param>
    /// <param name="cacheHit">Whether the server answered from its cache.</param>
    /// <param name="cacheTtl">The cache's time to live, in seconds.</param>
    public static UserResponse UserResponse(
        string id = "",
        string email = "",
        LocalizedString? name = null,
        IDictionary<string, IList<string>>? roles = null,
        IDictionary<string, string>? metadata = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? deletedAt = null,
        DateTimeOffset? purgeAt = null,
        DateTimeOffset? hardDeleteAt = null,
        bool? cacheHit = null,
        long? cacheTtl = null) => new()
        {
            Id = id,
            Email = email,
            Name = name ?? new LocalizedString(),
            Roles = roles is null ? new Dictionary<string, IList<string>>() : roles.ToDictionary(r => r.Key, r => (IList<string>)r.Value.ToList()),
            Metadata = Copy(metadata),
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            DeletedAt = deletedAt,
            PurgeAt = purgeAt,
            HardDeleteAt = hardDeleteAt,
            CacheHit = cacheHit,
            CacheTtl = cacheTtl,
        };

    /// <summary>A LAN-agent task spec as accepted.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="lanProtocolVersion">The LAN protocol version.</param>
    /// <param name="spec">The spec, as sent; defaults to an empty JSON object.</param>
    public static LanAgentTaskSpecResponse LanAgentTaskSpecResponse(string taskId = "", int lanProtocolVersion = 1, JsonElement? spec = null) => new()
    {
        TaskId = taskId,
        LanProtocolVersion = lanProtocolVersion,
        Spec = spec ?? EmptyObject(),
    };

    /// <summary>The JSON Schema of an integration's device metadata.</summary>
    /// <param name="providerType">The provider type, as sent.</param>
    /// <param name="schema">The schema; defaults to an empty JSON object.</param>
    public static IntegrationDeviceMetadataSchemaResponse IntegrationDeviceMetadataSchemaResponse(string providerType = "", JsonElement? schema = null) => new()
    {
        ProviderType = providerType,
        Schema = schema ?? EmptyObject(),
    };

    /// <summary>Where an uploaded integration image can be read.</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="expiresInSeconds">How long the URL stays valid.</param>
    public static IntegrationImageUploadResponse IntegrationImageUploadResponse(string url = "", long expiresInSeconds = 3600) => new()
    {
        Url = url,
        ExpiresInSeconds = expiresInSeconds,
    };

    /// <summary>An error body as the server sends it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="errorCode">The error code, e.g. <c>door_unreachable</c>.</param>
    /// <param name="code">The newer servers' code field.</param>
    /// <param name="details">Details, as sent.</param>
    /// <param name="correlationId">The correlation id.</param>
    /// <param name="previewToken">The token of a <c>confirmation_required</c> error.</param>
    public static ApiErrorResponse ApiErrorResponse(
        string message = "",
        string? errorCode = null,
        string? code = null,
        JsonElement? details = null,
        string? correlationId = null,
        string? previewToken = null) => new()
        {
            Message = message,
            ErrorCode = errorCode,
            Code = code,
            Details = details,
            CorrelationId = correlationId,
            PreviewToken = previewToken,
        };

    /// <summary>The wire wrapper of a page of integrations.</summary>
    /// <param name="items">The items.</param>
    /// <param name="total">The list's total; defaults to the number of items.</param>
    public static PaginatedResponse PaginatedResponse(IEnumerable<IntegrationResponse>? items = null, long? total = null)
    {
        var list = List(items);
        return new PaginatedResponse { Items = list, Total = total ?? list.Count };
    }

    /// <summary>The wire wrapper of a page of entities.</summary>
    /// <param name="items">The items.</param>
    /// <param name="total">The list's total; defaults to the number of items.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Named after the generated type.")]
    public static PaginatedResponse_EntityResponse PaginatedResponse_EntityResponse(IEnumerable<EntityResponse>? items = null, long? total = null)
    {
        var list = List(items);
        return new PaginatedResponse_EntityResponse { Items = list, Total = total ?? list.Count };
    }

    /// <summary>The wire wrapper of an integration's portals.</summary>
    /// <param name="portals">The portals.</param>
    public static ListIntegrationAccessPortalsResponse ListIntegrationAccessPortalsResponse(IEnumerable<AccessPortalListItem>? portals = null) =>
        new() { Portals = List(portals) };

    /// <summary>The wire wrapper of an integration's invites.</summary>
    /// <param name="invites">The invites.</param>
    public static ListIntegrationAccessInvitesResponse ListIntegrationAccessInvitesResponse(IEnumerable<AccessInviteListItem>? invites = null) =>
        new() { Invites = List(invites) };

    private static List<T> List<T>(IEnumerable<T>? items) => items is null ? new List<T>() : items.ToList();

    private static Dictionary<string, string>? Copy(IDictionary<string, string>? values) =>
        values is null ? null : new Dictionary<string, string>(values, StringComparer.Ordinal);

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}
