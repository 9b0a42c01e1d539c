using System.Globalization;
using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;
using StencilBench.Tests.Measurement;

namespace StencilBench.Tests.Loader;

/// <summary>The <c>instructions</c> verb: one exact row of kind instructions per backend and workload, in a run folder.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InstructionsVerbTests : IDisposable
{
    private readonly string _results = Directory.CreateTempSubdirectory("sb-instructions-").FullName;

    public void Dispose() => Directory.Delete(_results, recursive: true);

    [Fact]
    public void The_verb_records_instructions_per_iteration_of_interp_copy_and_patch_and_its_tos_variant_from_the_counted_total()
    {
        var result = VerbConsole.Run(InstructionsVerb.Create(), "instructions", "-w", "fibonacci", "-o", _results);
        Assert.True(result.ExitCode == 0, string.Join('\n', result.Errors));
        string run = Assert.Single(Directory.GetDirectories(_results), d => Path.GetFileName(d) != "latest");
        var rows = RowReader.Read<SummaryRow>(Path.Combine(run, ResultsDirectory.SummaryFile));
        Assert.Equal(["copy-and-patch", "copy-and-patch+tos", "interp"], rows.Select(r => r.Backend).Order());
        foreach (var row in rows)
        {
            Assert.Equal(Kinds.Instructions, row.Kind);
            long total = long.Parse(row.Note.Split(' ')[0], CultureInfo.InvariantCulture);
            Assert.Equal((double)total / row.Iterations, row.Median);
        }
    }
}
