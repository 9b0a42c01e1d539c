// Per-workload ratios of every backend's time to copy-and-patch's, with 95% intervals.
//   dotnet run notebooks/per_workload_table.cs [results/<run>]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
Console.Write(PerWorkloadSection.Write(set));
