using System.Text.Json;

namespace StencilBench.Workloads.Importing;

/// <summary>Reads one kernel's executors out of a dump's JSON, naming the place of anything malformed.</summary>
internal static class DumpReading
{
    public static IEnumerable<DumpedExecutor> Executors(string file, JsonProperty kernel)
    {
        string where = $"{file}: kernel {kernel.Name}";
        if (!kernel.Value.TryGetProperty("executors", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new DumpException($"{where}: no \"executors\" list");
        }
        foreach (JsonElement ex in list.EnumerateArray())
        {
            int offset = Int(ex, "offset", where);
            string at = $"{file}: executor {kernel.Name}@{offset}";
            if (!ex.TryGetProperty("uops", out JsonElement uops) || uops.ValueKind != JsonValueKind.Array)
            {
                throw new DumpException($"{at}: no \"uops\" list");
            }
            var read = uops.EnumerateArray().Select((u, i) => Uop(u, $"{at}: uop {i}")).ToList();
            int jit = ex.TryGetProperty("jit_code_bytes", out JsonElement j) ? j.GetInt32() : 0;
            yield return new DumpedExecutor(kernel.Name, offset, jit, read, ex.TryGetProperty("frame", out JsonElement f) ? Frame(f, at) : null);
        }
    }

    private static DumpedUop Uop(JsonElement u, string where)
    {
        string op = u.TryGetProperty("op", out JsonElement o) && o.ValueKind == JsonValueKind.String ? o.GetString()!
            : throw new DumpException($"{where}: no \"op\" name");
        where = $"{where} ({op})";
        DumpedDescriptor? descr = null;
        if (u.TryGetProperty("operand_descr", out JsonElement d))
        {
            descr = new DumpedDescriptor(Int(d, "oparg", where), Text(d, "left", where), Text(d, "right", where));
        }
        return new DumpedUop(
            op,
            Int(u, "oparg", where),
            (uint)ULong(u, "target", where, uint.MaxValue),
            ULong(u, "operand", where, ulong.MaxValue),
            u.TryGetProperty("jump_target", out _) ? Int(u, "jump_target", where) : null,
            u.TryGetProperty("error_target", out _) ? Int(u, "error_target", where) : null,
            u.TryGetProperty("operand_const", out JsonElement c) ? c.GetString() : null,
            descr);
    }

    private static DumpedFrame? Frame(JsonElement f, string where)
    {
        if (!f.TryGetProperty("entry", out JsonElement entry))
        {
            return null;
        }
        where = $"{where}: frame";
        var stack = entry.TryGetProperty("stack", out JsonElement s) ? s.EnumerateArray().Select(v => v.GetString() ?? "None").ToList() : [];
        int iterations = f.TryGetProperty("iterations", out _) ? Int(f, "iterations", where) : 1;
        bool exits = f.TryGetProperty("exit", out JsonElement exit);
        return new DumpedFrame(
            Locals(entry, where),
            stack,
            iterations,
            exits ? (uint)ULong(exit, "target", where, ushort.MaxValue) : null,
            exits ? Locals(exit, where) : null);
    }

    private static List<(string, string?)> Locals(JsonElement e, string where)
    {
        if (!e.TryGetProperty("locals", out JsonElement locals) || locals.ValueKind != JsonValueKind.Array)
        {
            throw new DumpException($"{where}: no \"locals\" list");
        }
        return [.. locals.EnumerateArray().Select(pair => pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
            ? (pair[0].GetString() ?? "?", pair[1].ValueKind == JsonValueKind.Null ? null : pair[1].GetString())
            : throw new DumpException($"{where}: a local is not [name, value]"))];
    }

    private static int Int(JsonElement e, string key, string where) => (int)ULong(e, key, where, int.MaxValue);

    private static ulong ULong(JsonElement e, string key, string where, ulong max) =>
        e.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out ulong n) && n <= max ? n
            : throw new DumpException($"{where}: \"{key}\" is missing or not an integer in 0..{max}");

    private static string Text(JsonElement e, string key, string where) =>
        e.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw new DumpException($"{where}: \"{key}\" is missing or not a string");
}
