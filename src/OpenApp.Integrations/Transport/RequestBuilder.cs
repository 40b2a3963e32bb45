namespace OpenApp.Integrations.Transport;

/// <summary>Builds the HTTP request of one attempt: method, URI and a fresh body (the same bytes on every attempt).</summary>
internal static class RequestBuilder
{
    public static HttpRequestMessage Build(CallPlan plan) => new(plan.Spec.Method, plan.Uri)
    {
        Content = plan.Spec.Body?.CreateContent(),
    };
}
