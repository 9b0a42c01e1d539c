// Codegen ns per uop by backend, log scale (PNG + SVG), from a run's summary.csv.
//   dotnet run notebooks/codegen_per_uop_chart.cs [results/<run>] [output folder]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
Console.WriteLine(ChartStyle.Save(CodegenPerUopChart.Build(set), args.Length > 1 ? args[1] : "notebooks/out", CodegenPerUopChart.Name));
