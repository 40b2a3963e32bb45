using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Metrology;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>
/// Requests per second for benchmarks whose operation is one request (<c>OperationsPerInvoke</c> = requests per
/// invocation): 1 / mean.
/// </summary>
public sealed class RequestsPerSecondColumn : IColumn
{
    public string Id => nameof(RequestsPerSecondColumn);

    public string ColumnName => "Req/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Requests per second over all callers (1 / Mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } stats
            ? (1e9 / stats.Mean).ToString("N0", CultureInfo.InvariantCulture)
            : "NA";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The throughput of a benchmark relative to its baseline in the same run: baseline mean / this mean.</summary>
public sealed class ThroughputRatioColumn : BaselineCustomColumn
{
    public override string Id => nameof(ThroughputRatioColumn);

    public override string ColumnName => "Throughput ratio";

    public override ColumnCategory Category => ColumnCategory.Custom;

    public override int PriorityInCategory => 1;

    public override bool IsNumeric => true;

    public override UnitType UnitType => UnitType.Dimensionless;

    public override string Legend => "Requests per second relative to the baseline (baseline Mean / Mean; 1.00 = as fast)";

    public override string GetValue(
        Summary summary,
        BenchmarkCase benchmarkCase,
        Statistics baseline,
        IReadOnlyDictionary<string, Metric> baselineMetrics,
        Statistics current,
        IReadOnlyDictionary<string, Metric> currentMetrics,
        bool isBaseline) =>
        current.Mean > 0 ? (baseline.Mean / current.Mean).ToString("0.00", CultureInfo.InvariantCulture) : "NA";
}
