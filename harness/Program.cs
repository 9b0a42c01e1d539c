// stencilbench: the command-line tool.
//
//   workloads/*.uops ──parse, verify──▶ Trace ──NativeTrace──▶ IBackend.Compile ──▶ ICompiledTrace.Run
//                                                                 │ (codegen time)       │ (ns per iteration)
//                                                                 └──────── results/ ◀───┘ ──▶ report, plot, compare
//
// Each verb lives in Verbs/, one file each; Cli/ holds what they share (errors, options).
using StencilBench.Harness.Cli;
using StencilBench.Harness.Verbs;

return CliApp.Run(args,
[
    ListVerb.Create(),
    RunVerb.Create(),
    ReportVerb.Create(),
    PlotVerb.Create(),
    CompareVerb.Create(),
    BenchVerb.Create(),
    ShowVerb.Create(),
    DisasmVerb.Create(),
    CoreBenchVerb.Create(),
    WorkerVerb.Create(),
    CheckVerb.Create(),
    ReproVerb.Create(),
    ImportVerb.Create(),
    InstructionsVerb.Create(),
    MergeVerb.Create(),
]);
