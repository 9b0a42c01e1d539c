namespace StencilBench.Generator.Stencils;

/// <summary>
/// Compiles the template once per uop (and the shim once) for a target, in parallel, and builds
/// a stencil group from each object: CPython's Tools/jit/_targets.py in C#. A flavour that splits
/// hot from cold compiles each uop to assembly first, splits it, then assembles it.
/// </summary>
public sealed class StencilCompiler(StencilBuild build, LlvmTools tools, StencilInputs inputs)
{
    private readonly Target target = build.Target;

    public StencilCompiler(Target target, LlvmTools tools, StencilInputs inputs)
        : this(new StencilBuild(target, StencilFlavour.Default), tools, inputs)
    {
    }

    public const string ShimName = "shim";
    public const string TrapName = "trap";
    public const int ShimId = -1, TrapId = -2;

    /// <summary>The shim's group, one group per uop in id order, and the trap's.</summary>
    public GeneratedSet Build(IReadOnlyList<(int Id, string Name)> uops) =>
        Build([.. uops.Select(u => (u.Id, u.Name, new[] { $"-D_JIT_OPCODE={u.Name}" }))], inputs.TemplateSource);

    /// <summary>The shim's group, one group per stencil of <paramref name="template"/> (each compiled with its defines), and the trap's.</summary>
    public GeneratedSet Build(IReadOnlyList<(int Id, string Name, string[] Defines)> stencils, string template)
    {
        string work = Path.Combine(Path.GetTempPath(), $"sb-stencils-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var jobs = new List<(int Id, string Name, string Source, string[] Defines)> { (ShimId, ShimName, inputs.ShimSource, []) };
            jobs.AddRange(stencils.Select(u => (u.Id, u.Name, template, u.Defines)));
            jobs.Add((TrapId, TrapName, inputs.TrapSource, []));
            var objects = jobs.Select(j => Path.Combine(work, $"{j.Name}.o")).ToList();
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                Compile(jobs[i].Id >= 0 && build.Flavour.SplitsHotCold, [.. build.ClangArguments, .. jobs[i].Defines, .. inputs.IncludeArguments], jobs[i].Source, objects[i]));
            var files = target.ReadObjectFiles(objects);
            var disassembly = tools.Disassemble(objects);
            var builder = new StencilBuilder(target);
            var groups = jobs.Select((j, i) => builder.Build(j.Name, j.Id, files[i], disassembly[i])).ToList();
            var trap = groups[^1];
            if (trap.Code.Holes.Count > 0 || trap.Data.Body.Length > 0 || trap.TrailingJumpLength > 0)
            {
                throw new FormatException($"{target.Triple}: the trap stencil must be bare code (no holes, data or continuation)");
            }
            return new GeneratedSet(groups[0], groups[1..^1], trap);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private void Compile(bool split, IReadOnlyList<string> flags, string source, string obj)
    {
        if (!split)
        {
            tools.Compile([.. flags, "-c", source, "-o", obj]);
            return;
        }
        string assembly = Path.ChangeExtension(obj, ".s");
        tools.Compile([.. flags, "-S", source, "-o", assembly]);
        File.WriteAllText(assembly, HotColdSplitter.Split(File.ReadAllText(assembly), Path.GetFileNameWithoutExtension(obj)));
        tools.Compile([$"--target={target.Triple}", "-c", assembly, "-o", obj]);
    }
}
