using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary>
/// A bare TCP server on 127.0.0.1 that answers each connection with scripted raw bytes and then closes it: for the
/// failures an HTTP mock cannot produce (a connection closed before any response, a body cut off mid-way).
/// </summary>
public sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[][] _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private int _connections;

    /// <param name="script">The raw answer to each successive connection; the last one repeats. Empty closes the
    /// connection without a response.</param>
    public RawHttpServer(params string[] script)
    {
        _script = script.Select(Encoding.ASCII.GetBytes).ToArray();
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The request heads received (request line and headers), in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static string Ok(string json) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\nConnection: close\r\n\r\n{json}";

    /// <summary>A 200 that promises <paramref name="declaredLength"/> bytes and sends only <paramref name="json"/>.</summary>
    public static string Truncated(string json, int declaredLength) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {declaredLength}\r\nConnection: close\r\n\r\n{json}";

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

            var index = Interlocked.Increment(ref _connections) - 1;
            _ = ServeAsync(socket, _script[Math.Min(index, _script.Length - 1)]);
        }
    }

    private async Task ServeAsync(Socket socket, byte[] answer)
    {
        using (socket)
        {
            try
            {
                var head = new StringBuilder();
                var buffer = new byte[4096];
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                _requests.Enqueue(head.ToString());
                if (answer.Length > 0)
                {
                    await socket.SendAsync(answer, SocketFlags.None, _stop.Token);
                }

                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (SocketException)
            {
            }
        }
    }
}
