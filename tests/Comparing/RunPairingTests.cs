using StencilBench.Harness.Cli;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Comparing;

public sealed class RunPairingTests
{
    private static readonly ResultSet Amd = new ComparedRuns().Build();
    private static readonly ResultSet Intel = new ComparedRuns { Cpu = "Intel Xeon (2 cores)", Seed = 1 }.Build();

    [Theory]
    [InlineData("codegen")]
    [InlineData("execution")]
    public void Absolute_times_from_another_cpu_are_refused(string kind) =>
        Assert.Throws<UserError>(() => RunPairing.Check(Amd, Intel, CompareOptions.Default with { Kinds = [kind] }));

    [Fact]
    public void The_refusal_is_one_line_naming_both_cpus()
    {
        string message = Assert.Throws<UserError>(() => RunPairing.Check(Amd, Intel, CompareOptions.Default with { Kinds = [Kinds.Codegen] })).Message;
        Assert.Matches("^compare --kind codegen: absolute times from different machines do not compare \\(A ran on 'AMD EPYC \\(2 cores\\)', B on 'Intel Xeon \\(2 cores\\)'\\)[^\n]*$", message);
    }

    [Fact]
    public void Ratios_from_another_cpu_are_compared_with_a_warning() =>
        Assert.Equal(["warning: CPU differs: A 'AMD EPYC (2 cores)', B 'Intel Xeon (2 cores)'"], RunPairing.Check(Amd, Intel, CompareOptions.Default));

    [Fact]
    public void A_mode_mismatch_is_warned() =>
        Assert.Contains("warning: mode differs: A 'quick', B 'careful'", RunPairing.Check(Amd, new ComparedRuns { Mode = "careful" }.Build(), CompareOptions.Default));

    [Fact]
    public void A_commit_mismatch_is_warned() =>
        Assert.Contains(RunPairing.Check(Amd, new ComparedRuns { Commit = "fedcba9876543210" }.Build(), CompareOptions.Default), w => w.StartsWith("warning: commit differs", StringComparison.Ordinal));

    [Fact]
    public void Runs_of_one_setup_have_no_warning() => Assert.Empty(RunPairing.Check(Amd, new ComparedRuns { Seed = 3 }.Build(), CompareOptions.Default));

    [Fact]
    public void Machine_id_keys_the_baseline_by_triple_and_cpu() =>
        Assert.Equal("x86_64-unknown-linux-gnu_amd-epyc-2-cores", MachineId.Of("x86_64-unknown-linux-gnu", "AMD EPYC (2 cores)"));

    [Fact]
    public void Two_cpus_of_one_triple_have_two_machine_ids() =>
        Assert.NotEqual(MachineId.Of("x86_64-unknown-linux-gnu", "AMD EPYC (2 cores)"), MachineId.Of("x86_64-unknown-linux-gnu", "Intel Xeon (2 cores)"));
}
