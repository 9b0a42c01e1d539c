using System.Globalization;
using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>Reads every row of a results CSV file.</summary>
public static class RowReader
{
    public static List<T> Read<T>(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        return [.. csv.GetRecords<T>()];
    }
}
