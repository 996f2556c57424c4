using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Archive.Benchmarks;

/// <summary>Names the static property that gives how many input bytes one operation of a benchmark processes.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BytesPerOperationAttribute(Type source, string property) : Attribute
{
    public long Bytes => source.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is long bytes ? bytes : 0;
}

/// <summary>Adds "Input/op" and "MB/s" columns for benchmarks marked with <see cref="BytesPerOperationAttribute"/>.</summary>
public sealed class ThroughputColumn(bool rate) : IColumn
{
    public string Id => rate ? "Throughput.MBps" : "Throughput.Bytes";
    public string ColumnName => rate ? "MB/s" : "Input/op";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => rate ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => rate ? UnitType.Dimensionless : UnitType.Size;
    public string Legend => rate ? "Input megabytes (10^6 bytes) processed per second, from the mean" : "Input bytes processed by one operation";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<BytesPerOperationAttribute>()?.Bytes ?? 0;
        if (bytes == 0) return "-";
        if (!rate) return bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0 ? (bytes / meanNanoseconds.Value * 1e3).ToString("0.0", CultureInfo.InvariantCulture) : "?";
    }

    public override string ToString() => ColumnName;
}
