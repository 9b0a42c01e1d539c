using System.Numerics;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Verbs;
using StencilBench.Tests.Measurement;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>
/// Size params by workload: <c>-p n=V</c> for every chosen workload that has <c>n</c>,
/// <c>-p fibonacci.n=V</c> for fibonacci alone (how an emulated check is told each workload's sizes).
/// </summary>
public class CheckSizeTests
{
    private static readonly WorkloadCatalog Catalog = WorkloadCatalog.Load();

    private static Dictionary<string, BigInteger> Given(params (string Key, int Value)[] ps) =>
        ps.ToDictionary(p => p.Key, p => (BigInteger)p.Value);

    [Fact]
    public void A_plain_param_goes_to_every_workload_that_has_it() =>
        Assert.Equal(7, (int)Selection.For(Catalog.Get("sieve"), Given(("n", 7)))["n"]);

    [Fact]
    public void A_qualified_param_goes_to_its_workload_only()
    {
        var given = Given(("fibonacci.n", 7));
        Assert.Equal(7, (int)Selection.For(Catalog.Get("fibonacci"), given)["n"]);
        Assert.Empty(Selection.For(Catalog.Get("sieve"), given));
    }

    [Fact]
    public void A_qualified_param_wins_over_a_plain_one() =>
        Assert.Equal(7, (int)Selection.For(Catalog.Get("fibonacci"), Given(("n", 50), ("fibonacci.n", 7)))["n"]);

    [Fact]
    public void A_qualified_param_of_a_workload_not_chosen_is_one_line()
    {
        var result = VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "interp", "-p", "sieve.n=5");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stencilbench: --param sieve.n: no chosen workload 'sieve' has a param 'n'", Assert.Single(result.Errors));
    }

    [Fact]
    public void Check_runs_a_workload_at_the_size_given()
    {
        // fibonacci expects `_ = n - 1`, which no iteration stores at n = 0: a wrong result shows the size was applied.
        Assert.Equal(0, VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "interp", "-p", "fibonacci.n=1").ExitCode);
        Assert.Equal(1, VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "interp", "-p", "fibonacci.n=0").ExitCode);
    }
}
