// One figure (speedup, codegen or bytes) across every run under results/, oldest first.
//   dotnet run notebooks/trend_chart.cs [speedup|codegen|bytes] [output folder]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

string figure = args.Length > 0 ? args[0] : "speedup";
var runs = ResultsDirectory.AllSummaries("results").Select(ResultSet.Load).ToList();
Console.WriteLine(ChartStyle.Save(TrendChart.Build(runs, figure), args.Length > 1 ? args[1] : "notebooks/out", $"{TrendChart.Name}_{figure}"));
