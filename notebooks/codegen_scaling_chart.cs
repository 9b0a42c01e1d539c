// Codegen time against trace length (10 to 10,000 uops), log-log, from a run's summary.csv.
//   dotnet run notebooks/codegen_scaling_chart.cs [results/<run>] [output folder]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
Console.WriteLine(ChartStyle.Save(CodegenScalingChart.Build(set), args.Length > 1 ? args[1] : "notebooks/out", CodegenScalingChart.Name));
