using Microsoft.Extensions.Options;

namespace Erp.Web.Infrastructure.Exports;

/// <summary>
/// Turns any grid's rows (its current filter and sort, as an <see cref="IAsyncEnumerable{T}"/>) into an .xlsx.
/// Up to <see cref="ExportOptions.StreamingThreshold"/> rows get a formatted ClosedXML workbook; more rows stream.
/// </summary>
public sealed class ExcelExporter(IOptions<ExportOptions> options)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly int _threshold = Math.Max(0, options.Value.StreamingThreshold);

    /// <summary>
    /// Writes the workbook to a self-deleting temporary file and returns it rewound, ready to send: the package
    /// writer needs a seekable stream, and a file keeps big exports out of memory.
    /// </summary>
    public async Task<Stream> ExportAsync<T>(string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IAsyncEnumerable<T> rows,
        CancellationToken ct = default)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await WriteAsync(file, sheetName, columns, rows, ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes to a seekable <paramref name="output"/>, choosing the path by the number of rows.</summary>
    public async Task WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IAsyncEnumerable<T> rows,
        CancellationToken ct = default)
    {
        var buffer = new List<T>();
        var enumerator = rows.GetAsyncEnumerator(ct);
        await using (enumerator)
        {
            var more = true;
            while (buffer.Count <= _threshold && (more = await enumerator.MoveNextAsync()))
            {
                buffer.Add(enumerator.Current);
            }

            if (!more || buffer.Count <= _threshold)
            {
                WriteFormatted(output, sheetName, columns, buffer);
                return;
            }

            await WriteStreamingAsync(output, sheetName, columns, Continue(buffer, enumerator), ct);
        }
    }

    public static void WriteFormatted<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows) =>
        ClosedXmlSheetWriter.Write(output, sheetName, columns, rows);

    public static Task WriteStreamingAsync<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct = default) =>
        OpenXmlStreamingWriter.WriteAsync(output, sheetName, columns, rows, ct);

    private static async IAsyncEnumerable<T> Continue<T>(List<T> buffered, IAsyncEnumerator<T> rest)
    {
        foreach (var row in buffered)
        {
            yield return row;
        }

        buffered.Clear();
        while (await rest.MoveNextAsync())
        {
            yield return rest.Current;
        }
    }
}
