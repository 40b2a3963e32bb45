using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// A raw TCP server on a loopback address that answers each request with whatever bytes a test scripts: lies about
/// lengths, endless or compressed bodies, redirects, connections closed mid-way. It records every request head it
/// receives, so a test can prove that nothing (or no credential) reached it.
/// </summary>
public sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<Answer, Task> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();

    /// <param name="answer">Writes the response to one request (the connection closes when it returns).</param>
    /// <param name="address">The loopback address to listen on (127.0.0.1 by default; 127.0.0.2 is "another host").</param>
    public HostileServer(Func<Answer, Task> answer, IPAddress? address = null)
    {
        _answer = answer;
        _listener = new TcpListener(address ?? IPAddress.Loopback, 0);
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Host => ((IPEndPoint)_listener.LocalEndpoint).Address.ToString();

    /// <summary>The origin, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string Origin => $"http://{Host}:{Port}";

    /// <summary>An API key whose origin is this server.</summary>
    public string ApiKey => Origin + "_openapp_" + Infrastructure.TestKeys.Secret;

    /// <summary>The request heads received (request line and headers), in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>A response head with <c>Connection: close</c> and the given extra header lines.</summary>
    public static byte[] Head(string statusLine, params string[] headers) =>
        Encoding.ASCII.GetBytes($"HTTP/1.1 {statusLine}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n");

    /// <summary>A whole JSON response with a correct Content-Length.</summary>
    public static byte[] Json(int status, string json, params string[] headers)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Head($"{status} X", [.. headers, "Content-Type: application/json", $"Content-Length: {body.Length}"]), .. body];
    }

    /// <summary><paramref name="data"/> gzip-compressed.</summary>
    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A gzip stream of <paramref name="size"/> zero bytes: tiny on the wire, large once decompressed.</summary>
    public static byte[] GzipBomb(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                gzip.Write(zeros, 0, Math.Min(zeros.Length, size - written));
            }
        }

        return output.ToArray();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                var head = new StringBuilder();
                var buffer = new byte[1];
                while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    // A byte at a time: the body (if any) stays unread, the head is exact.
                    if (await stream.ReadAsync(buffer, _stop.Token) == 0)
                    {
                        return;
                    }

                    head.Append((char)buffer[0]);
                }

                var text = head.ToString();
                _requests.Enqueue(text);
                await _answer(new Answer(stream, text, _stop.Token));
                await stream.FlushAsync(_stop.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (IOException)
            {
                // The client went away mid-answer (it stopped reading an endless body): expected.
            }
            catch (SocketException)
            {
            }
        }
    }

    /// <summary>One request to answer: its head, the connection's stream and the server's stop token.</summary>
    public sealed record Answer(NetworkStream Stream, string RequestHead, CancellationToken Stop)
    {
        /// <summary>Whether the request carried a header with this name (case-insensitive).</summary>
        public bool HasHeader(string name) =>
            RequestHead.Split("\r\n").Any(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));

        public Task WriteAsync(byte[] bytes) => Stream.WriteAsync(bytes, Stop).AsTask();
    }
}
