using ClosedXML.Excel;

namespace Erp.Web.Infrastructure.Exports;

/// <summary>The formatted path: a ClosedXML workbook built in memory (bold frozen header, autofilter, formats).</summary>
internal static class ClosedXmlSheetWriter
{
    public static void Write<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            // AdjustToContents needs GDI+ and throws on Linux: widths come from the column definitions.
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < columns.Count; c++)
            {
                SetCell(sheet.Cell(r, c + 1), columns[c], columns[c].Value(row));
            }
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F1F3F5");
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, r, columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
    }

    private static void SetCell<T>(IXLCell cell, ExcelColumn<T> column, object? value)
    {
        if (value is null)
        {
            return;
        }

        switch (column.Format)
        {
            case ExcelFormat.WholeNumber:
                cell.SetValue(ExcelValues.ToDecimal(value)).Style.NumberFormat.Format = "0";
                break;
            case ExcelFormat.Number:
                cell.SetValue(ExcelValues.ToDecimal(value)).Style.NumberFormat.Format = "#,##0.00";
                break;
            case ExcelFormat.Date:
                cell.SetValue(ExcelValues.ToDateTime(value)).Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case ExcelFormat.DateTime:
                cell.SetValue(ExcelValues.ToDateTime(value)).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
                break;
            case ExcelFormat.Boolean:
                cell.SetValue((bool)value);
                break;
            default:
                // SetValue<string> keeps text as text (the Value setter would turn "00123" or "1/2" into numbers/dates).
                cell.SetValue(ExcelValues.ToText(value));
                break;
        }
    }
}
