using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project Benchmarks -- --filter '*Tell*' --memory
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
