namespace OpenApp.Integrations.Testing.State;

/// <summary>A task waiting for the integration's LAN agent.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="Kind">What the agent is asked to do, e.g. <c>sync_devices</c>.</param>
/// <param name="QueuedAt">When it was queued.</param>
internal sealed record LanAgentTaskRecord(string TaskId, string Kind, DateTimeOffset QueuedAt);
