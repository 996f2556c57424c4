using Archive.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Archive.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn(rate: false), new ThroughputColumn(rate: true));
BenchmarkSwitcher.FromAssembly(typeof(ReaderBenchmarks).Assembly).Run(args, config);
