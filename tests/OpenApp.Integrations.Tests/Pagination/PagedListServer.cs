using System.Globalization;
using System.Text;
using System.Web;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace OpenApp.Integrations.Tests.Pagination;

/// <summary>
/// Serves a paginated list from WireMock through a callback, like an OpenApp server: honours <c>offset</c> and
/// <c>limit</c>, caps pages at <c>serverCap</c> items whatever the limit asked for, and reports a total.
/// </summary>
internal static class PagedListServer
{
    /// <summary>Serves <paramref name="count"/> items at <paramref name="path"/>, reporting <paramref name="reportedTotal"/> (default: the count).</summary>
    public static void Serve(
        WireMockServer server,
        string path,
        int count,
        Func<int, string> itemJson,
        int serverCap = int.MaxValue,
        long? reportedTotal = null)
    {
        server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var query = HttpUtility.ParseQueryString(new Uri(request.AbsoluteUrl).Query);
                var offset = int.Parse(query["offset"] ?? "0", CultureInfo.InvariantCulture);
                var limit = int.Parse(query["limit"] ?? "50", CultureInfo.InvariantCulture);
                var take = Math.Max(0, Math.Min(Math.Min(limit, serverCap), count - offset));
                var body = new StringBuilder("{\"items\":[");
                for (var i = 0; i < take; i++)
                {
                    body.Append(i == 0 ? string.Empty : ",").Append(itemJson(offset + i));
                }

                body.Append("],\"total\":").Append((reportedTotal ?? count).ToString(CultureInfo.InvariantCulture)).Append('}');
                return new ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMockList<string>>
                    {
                        ["Content-Type"] = new("application/json"),
                        ["X-Request-Id"] = new("req-" + offset.ToString(CultureInfo.InvariantCulture)),
                    },
                    BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body.ToString(), Encoding = Encoding.UTF8 },
                };
            }));
    }

    /// <summary>An entity whose id is <c>e{index}</c>.</summary>
    public static string Entity(int index) =>
        "{\"id\":\"e" + index.ToString(CultureInfo.InvariantCulture) + "\",\"device_id\":\"d1\",\"entity_type\":\"door\"}";

    /// <summary>An integration whose id is <c>i{index}</c> and whose English name is <c>Site {index}</c>.</summary>
    public static string Integration(int index) => IntegrationNamed(index, "{\"en\":\"Site " + index.ToString(CultureInfo.InvariantCulture) + "\"}");

    /// <summary>An integration whose id is <c>i{index}</c>, with a name given as JSON.</summary>
    public static string IntegrationNamed(int index, string nameJson) =>
        "{\"id\":\"i" + index.ToString(CultureInfo.InvariantCulture) + "\",\"org_id\":\"o\",\"provider_type\":\"virtual_access\",\"name\":" + nameJson +
        ",\"enabled\":true,\"health\":\"ok\",\"provider_type_name\":{\"en\":\"Virtual\"}}";

    /// <summary>The query of every logged request, in order.</summary>
    public static List<System.Collections.Specialized.NameValueCollection> Queries(WireMockServer server) =>
        server.LogEntries.Select(QueryOf).ToList();

    /// <summary>The offsets the client asked for, in order.</summary>
    public static List<int> RequestedOffsets(WireMockServer server) =>
        Queries(server).Select(q => int.Parse(q["offset"]!, CultureInfo.InvariantCulture)).ToList();

    private static System.Collections.Specialized.NameValueCollection QueryOf(ILogEntry entry) =>
        HttpUtility.ParseQueryString(new Uri(entry.RequestMessage!.AbsoluteUrl).Query);
}
