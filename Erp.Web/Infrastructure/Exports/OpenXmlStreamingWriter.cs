using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Erp.Web.Infrastructure.Exports;

/// <summary>
/// The streaming path for big exports: rows go straight to the sheet XML through <see cref="OpenXmlWriter"/>
/// (inline strings, no shared-string table), so memory stays flat whatever the row count.
/// </summary>
internal static class OpenXmlStreamingWriter
{
    private const uint HeaderStyle = 1, IntegerStyle = 2, DecimalStyle = 3, DateStyle = 4, DateTimeStyle = 5;

    public static async Task WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var lastRow = 1u;
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { TabSelected = true, WorkbookViewId = 0 }));
            writer.WriteElement(new Columns(columns.Select((c, i) =>
                new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());

            writer.WriteStartElement(new Row { RowIndex = 1 });
            foreach (var column in columns)
            {
                writer.WriteElement(TextCell(column.Header, HeaderStyle));
            }

            writer.WriteEndElement();
            await foreach (var row in rows.WithCancellation(ct))
            {
                lastRow++;
                writer.WriteStartElement(new Row { RowIndex = lastRow });
                foreach (var column in columns)
                {
                    writer.WriteElement(ToCell(column, column.Value(row)));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            var range = $"A1:{ExcelValues.ColumnName(columns.Count - 1)}{lastRow}";
            writer.WriteElement(new AutoFilter { Reference = range });
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${ExcelValues.ColumnName(columns.Count - 1)}${lastRow}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        workbookPart.Workbook.Save();
    }

    private static Cell ToCell<T>(ExcelColumn<T> column, object? value) => value is null
        ? new Cell()
        : column.Format switch
        {
            ExcelFormat.WholeNumber => NumberCell(ExcelValues.ToDecimal(value).ToString(CultureInfo.InvariantCulture), IntegerStyle),
            ExcelFormat.Number => NumberCell(ExcelValues.ToDecimal(value).ToString(CultureInfo.InvariantCulture), DecimalStyle),
            ExcelFormat.Date => NumberCell(OaDate(value), DateStyle),
            ExcelFormat.DateTime => NumberCell(OaDate(value), DateTimeStyle),
            ExcelFormat.Boolean => new Cell(new CellValue((bool)value ? "1" : "0")) { DataType = CellValues.Boolean },
            _ => TextCell(ExcelValues.ToText(value), 0),
        };

    private static string OaDate(object value) =>
        ExcelValues.ToDateTime(value).ToOADate().ToString("R", CultureInfo.InvariantCulture);

    private static Cell NumberCell(string value, uint style) => new(new CellValue(value)) { StyleIndex = style };

    private static Cell TextCell(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 6 });
}
