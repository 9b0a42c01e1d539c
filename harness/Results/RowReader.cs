using System.Globalization;
using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>
/// Reads every row of a results CSV file. A last line without its newline (a run killed while
/// writing) is skipped with a note; any other damage is one <see cref="ResultsFileException"/>
/// naming file:line.
/// </summary>
public static class RowReader
{
    /// <summary>Strict: a row with more or fewer fields than the header, or a stray quote, is damage, not a guess.</summary>
    private static readonly CsvReaderOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    public static List<T> Read<T>(string path) => Read<T>(path, []);

    /// <param name="notes">Gets a line for each thing skipped.</param>
    public static List<T> Read<T>(string path, List<string> notes)
    {
        string text = File.ReadAllText(path);
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            int cut = text.LastIndexOf('\n') + 1;
            notes.Add($"{path}:{text.AsSpan(0, cut).Count('\n') + 1}: truncated last line skipped (the run was cut short)");
            text = text[..cut];
        }
        var rows = new List<T>();
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), Options, leaveOpen: false);
            foreach (var row in csv.GetRecords<T>())
            {
                rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new ResultsFileException($"{path}:{(e.LineNumber > 0 ? e.LineNumber : rows.Count + 2)}: {OneLine(e.Message)}");
        }
        catch (KeyNotFoundException e)
        {
            throw new ResultsFileException($"{path}:1: {OneLine(e.Message)}");
        }
        catch (Exception e) when (e is CsvValidationException or IndexOutOfRangeException or FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            throw new ResultsFileException($"{path}:{rows.Count + 2}: {OneLine(e.Message)}");
        }
        return rows;
    }

    private static string OneLine(string message) => Workloads.Format.OneLine.Of(message);
}
