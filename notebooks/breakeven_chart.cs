// Total time against loop iterations for one workload: where each JIT pays back its codegen.
//   dotnet run notebooks/breakeven_chart.cs [results/<run>] [workload] [output folder]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
string? workload = args.Length > 1 ? args[1] : null;
Console.WriteLine(ChartStyle.Save(BreakEvenChart.Build(set, workload), args.Length > 2 ? args[2] : "notebooks/out", BreakEvenChart.Name));
