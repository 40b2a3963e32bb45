using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace OpenApp.Integrations.Tests.Resilience;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer the SDK arms (backoff delays, attempt and overall
/// timeouts), so a test can move time forward exactly when the SDK waits, and assert the delays it chose.
/// Nothing sleeps: time moves only when the test says so.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Where fake time starts: a whole second, so HTTP dates (second precision) give exact delays.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _fake = new(Start);
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();
    private readonly ConcurrentQueue<TimeSpan> _history = new();
    private Task<TimeSpan>? _pendingRead;

    /// <summary>Every finite due time armed so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Armed => _history.ToArray();

    /// <summary>How far time has been moved.</summary>
    public TimeSpan Elapsed => _fake.GetUtcNow() - Start;

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new RecordingTimer(this, _fake.CreateTimer(callback, state, dueTime, period));
        Record(dueTime);
        return timer;
    }

    public void Advance(TimeSpan by) => _fake.Advance(by);

    /// <summary>Waits (without sleeping) until the SDK arms its next timer, and returns its due time.</summary>
    public async Task<TimeSpan> NextArmedAsync()
    {
        var due = await Pending();
        _pendingRead = null;
        return due;
    }

    /// <summary>
    /// Runs <paramref name="call"/> to its end, moving time forward by each timer the SDK arms while it is pending
    /// (all of them, or those <paramref name="advance"/> accepts).
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> call, Func<TimeSpan, bool>? advance = null)
    {
        // A guard against a hung test (a bug), not a timing assertion.
        var guard = Task.Delay(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = Pending();
            var done = await Task.WhenAny(call, next, guard);
            if (done == guard)
            {
                throw new TimeoutException("The call did not finish: is the test waiting for a timer the SDK never armed?");
            }

            if (done == call)
            {
                return await call;
            }

            _pendingRead = null;
            var due = await next;
            if (advance is null || advance(due))
            {
                Advance(due);
            }
        }
    }

    /// <inheritdoc cref="DriveAsync{T}(Task{T}, Func{TimeSpan, bool}?)"/>
    public Task DriveAsync(Task call, Func<TimeSpan, bool>? advance = null) =>
        DriveAsync(Wrap(call), advance);

    private Task<TimeSpan> Pending() => _pendingRead ??= _armed.Reader.ReadAsync().AsTask();

    private static async Task<bool> Wrap(Task call)
    {
        await call;
        return true;
    }

    private void Record(TimeSpan due)
    {
        if (due != Timeout.InfiniteTimeSpan)
        {
            _history.Enqueue(due);
            _armed.Writer.TryWrite(due);
        }
    }

    private sealed class RecordingTimer : ITimer
    {
        private readonly TestClock _clock;
        private readonly ITimer _inner;

        public RecordingTimer(TestClock clock, ITimer inner)
        {
            _clock = clock;
            _inner = inner;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _clock.Record(dueTime);
            return _inner.Change(dueTime, period);
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }
}
