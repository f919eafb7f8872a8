using System.Globalization;
using ClosedXML.Excel;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>The Z report as one worksheet: summary, payment methods, tax rates, cashiers, hours, cash, sessions.</summary>
public static class ZReportWorkbook
{
    private const string Money = "#,##0.00";

    public static Stream Write(ZReport report)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Z report");
        // AdjustToContents needs GDI+ (not on Linux): fixed widths.
        foreach (var (column, width) in new[] { (1, 28.0), (2, 16.0), (3, 16.0), (4, 16.0), (5, 16.0), (6, 16.0) })
        {
            sheet.Column(column).Width = width;
        }

        var row = 1;
        sheet.Cell(row, 1).SetValue(report.Title).Style.Font.SetBold().Font.SetFontSize(14);
        row++;
        sheet.Cell(row++, 1).SetValue($"{report.OrganizationName} · {report.LocationName} · {report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {report.Currency}");

        row = Section(sheet, row + 1, "Summary", ["", "Amount"], [
            ["Sales (count)", report.SalesCount], ["Returns (count)", report.ReturnsCount],
            ["Sales gross", report.SalesGross], ["Returns gross", report.ReturnsGross], ["Net (excl. tax)", report.Net],
            ["Tax", report.Tax], ["Gross (incl. tax)", report.Gross], ["Discounts given", report.Discounts]]);
        row = Section(sheet, row + 1, "Payment methods", ["Method", "Sales", "Refunds", "Net"],
            [.. report.ByMethod.Select(m => new object[] { m.Method, m.Sales, m.Refunds, m.Net })]);
        row = Section(sheet, row + 1, "Tax rates", ["Rate %", "Net", "Tax", "Gross"],
            [.. report.ByTax.Select(t => new object[] { t.RatePercent, t.Net, t.Tax, t.Gross })]);
        row = Section(sheet, row + 1, "Cashiers", ["Cashier", "Sales", "Sales gross", "Returns", "Returns gross", "Net"],
            [.. report.ByCashier.Select(c => new object[] { c.Cashier, c.Sales, c.SalesGross, c.Returns, c.ReturnsGross, c.Net })]);
        row = Section(sheet, row + 1, "Hours", ["Hour", "Sales", "Gross"],
            [.. report.ByHour.Select(h => new object[] { h.Hour, h.Sales, h.Gross })]);
        var cash = report.Cash;
        row = Section(sheet, row + 1, "Cash", ["", "Amount"], [
            ["Opening float", cash.OpeningFloat], ["Cash sales", cash.CashSales], ["Cash refunds", cash.CashRefunds],
            ["Cash in", cash.CashIn], ["Cash out", cash.CashOut], ["Expected", cash.Expected],
            ["Counted", (object?)cash.Counted ?? "—"], ["Difference", (object?)cash.Difference ?? "—"]]);
        Section(sheet, row + 1, "Sessions", ["Session", "Register", "Cashier", "Opened (UTC)", "Closed (UTC)"],
            [.. report.Sessions.Select(s => new object[] { s.Number, s.Register, s.Cashier, s.OpenedAt.UtcDateTime,
                s.ClosedAt is { } closed ? closed.UtcDateTime : "open" })]);

        var output = new MemoryStream();
        workbook.SaveAs(output);
        output.Position = 0;
        return output;
    }

    /// <summary>A bold title, a header row and the rows; returns the next free row.</summary>
    private static int Section(IXLWorksheet sheet, int row, string title, string[] headers, IReadOnlyList<object[]> rows)
    {
        sheet.Cell(row++, 1).SetValue(title).Style.Font.SetBold().Font.SetFontSize(12);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(row, c + 1).SetValue(headers[c]);
        }

        var header = sheet.Range(row, 1, row, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F1F3F5");
        row++;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (values[c])
                {
                    case decimal d:
                        cell.SetValue(d).Style.NumberFormat.Format = Money;
                        break;
                    case int i:
                        cell.SetValue(i).Style.NumberFormat.Format = "0";
                        break;
                    case DateTime t:
                        cell.SetValue(t).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
                        break;
                    default:
                        cell.SetValue(Convert.ToString(values[c], CultureInfo.InvariantCulture) ?? "");
                        break;
                }
            }

            row++;
        }

        return row;
    }
}
