// The headline table: the talk's and paper's claims beside a run's figures, rebuilt from its CSVs.
//   dotnet run notebooks/claims_table.cs [results/<run> | results/latest]
#:project ../harness/StencilBench.Harness.csproj
#:property PublishAot=false
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

var set = ResultSet.Load(args.Length > 0 ? args[0] : "results/latest");
Console.Write(ClaimsSection.Write(set));
