// Machine-code bytes per uop by backend (PNG + SVG), from a run's summary.csv.
//   dotnet run notebooks/code_bytes_chart.cs [results/<run>] [output folder]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
Console.WriteLine(ChartStyle.Save(CodeBytesChart.Build(set), args.Length > 1 ? args[1] : "notebooks/out", CodeBytesChart.Name));
