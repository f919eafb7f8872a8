using System.Globalization;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Features.Sales.Customers;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>
/// Imports suppliers from an .xlsx with the export's columns (a Code column, if present, is ignored: codes come from
/// the supplier numbering in row order). Every row is checked first; one bad row imports nothing, and every bad row is
/// reported with its line number and reason. Payment terms are matched by name, the state by code or name.
/// </summary>
public sealed class SupplierImportCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Columns =
    [
        "Name", "Tax id", "Email", "Phone", "Website", "Address line 1", "Address line 2", "City", "Postal code", "State", "Country",
        "Payment terms", "Currency", "Lead time (days)", "Active", "Notes",
    ];

    public async Task<Result<ImportOutcome>> ImportAsync(Stream workbook, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        List<ImportRow> rows;
        try
        {
            rows = ImportSheet.Read(workbook, Columns);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or FormatException or IOException
                                       or InvalidOperationException)
        {
            return Error.Validation($"The file could not be read as an Excel workbook with the supplier columns: {ex.Message}");
        }

        if (rows.Count > MaxRows)
        {
            return Error.Validation($"At most {MaxRows:N0} rows can be imported at once.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentTermService.EnsureStandardAsync(db, ct);
        var lookups = await Lookups.LoadAsync(db, ct);
        var problems = new List<ImportProblem>();
        var valid = new List<SupplierFields>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var fields = Read(row, lookups, reasons);
            if (fields is not null && reasons.Count == 0)
            {
                valid.Add(fields);
            }
            else
            {
                problems.Add(new ImportProblem(row.Line, string.Join("; ", reasons) + "."));
            }
        }

        if (problems.Count > 0)
        {
            return new ImportOutcome(0, problems);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var fields in valid)
            {
                db.Suppliers.Add(new Supplier(await SupplierChecks.NextCodeAsync(db, today, ct), fields));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }

        return new ImportOutcome(valid.Count, []);
    }

    private static SupplierFields? Read(ImportRow row, Lookups lookups, List<string> reasons)
    {
        string? taxId = null;
        try
        {
            taxId = Customer.NormalizeTaxId(row["Tax id"]);
        }
        catch (DomainException ex)
        {
            reasons.Add(ex.Error.Message.TrimEnd('.'));
        }

        if (taxId is not null && !lookups.TaxIds.TryAdd(taxId, $"line {row.Line}"))
        {
            reasons.Add($"tax id {taxId} is already used by {lookups.TaxIds[taxId]}");
        }

        var country = row["Country"]?.Trim().ToUpperInvariant();
        var state = row["State"]?.Trim();
        if (!string.IsNullOrEmpty(country))
        {
            if (!lookups.Countries.Contains(country))
            {
                reasons.Add($"unknown country \"{row["Country"]}\" (use the ISO code, e.g. US)");
            }
            else if (lookups.States.TryGetValue(country, out var states) && !string.IsNullOrEmpty(state))
            {
                state = states.TryGetValue(state, out var code) ? code : null;
                if (state is null)
                {
                    reasons.Add($"unknown state \"{row["State"]}\" for {country}");
                }
            }
        }
        else
        {
            country = null;
        }

        Guid? terms = null;
        if (!string.IsNullOrWhiteSpace(row["Payment terms"]))
        {
            if (lookups.Terms.TryGetValue(row["Payment terms"]!.Trim(), out var termId))
            {
                terms = termId;
            }
            else
            {
                reasons.Add($"unknown payment terms \"{row["Payment terms"]!.Trim()}\"");
            }
        }

        var currency = string.IsNullOrWhiteSpace(row["Currency"]) ? lookups.DefaultCurrency : row["Currency"]!.Trim().ToUpperInvariant();
        if (!lookups.Currencies.Contains(currency, StringComparer.Ordinal))
        {
            reasons.Add(PurchasingErrors.CurrencyNotUsed(currency).Message.TrimEnd('.'));
        }

        var leadTime = 0;
        var leadText = row["Lead time (days)"]?.Trim();
        if (!string.IsNullOrEmpty(leadText)
            && (!decimal.TryParse(leadText, NumberStyles.Number, CultureInfo.InvariantCulture, out var lead) || lead != decimal.Truncate(lead)
                || lead is < 0 or > Supplier.MaxLeadTimeDays))
        {
            reasons.Add($"lead time \"{leadText}\" must be a whole number of days between 0 and {Supplier.MaxLeadTimeDays}");
        }
        else if (!string.IsNullOrEmpty(leadText))
        {
            leadTime = (int)decimal.Parse(leadText, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        var active = true;
        switch (row["Active"]?.Trim().ToUpperInvariant())
        {
            case null or "" or "YES" or "Y" or "TRUE" or "1": break;
            case "NO" or "N" or "FALSE" or "0": active = false; break;
            default: reasons.Add("Active must be yes or no"); break;
        }

        if (reasons.Count > 0)
        {
            return null;
        }

        try
        {
            var fields = new SupplierFields(row["Name"] ?? "", row["Tax id"], row["Email"], row["Phone"], row["Website"],
                Address.Create(row["Address line 1"], row["Address line 2"], row["City"], row["Postal code"], state, country),
                terms, currency, leadTime, active, row["Notes"]);
            // The entity's own rules (name required, email, lengths) give the row's reason.
            _ = new Supplier("CHECK", fields);
            return fields;
        }
        catch (DomainException ex)
        {
            reasons.Add(ex.Error.Message.TrimEnd('.'));
            return null;
        }
    }

    private sealed record Lookups(Dictionary<string, string> TaxIds, HashSet<string> Countries,
        Dictionary<string, Dictionary<string, string>> States, Dictionary<string, Guid> Terms, IReadOnlyList<string> Currencies,
        string DefaultCurrency)
    {
        public static async Task<Lookups> LoadAsync(ErpDbContext db, CancellationToken ct)
        {
            var taxIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in await db.Suppliers.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(s => s.TaxId != null)
                         .Select(s => new { s.TaxId, s.Code }).ToListAsync(ct))
            {
                taxIds.TryAdd(s.TaxId!, $"supplier {s.Code}");
            }

            var states = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var s in await db.Subdivisions.AsNoTracking().ToListAsync(ct))
            {
                var map = states.TryGetValue(s.CountryCode, out var m) ? m : states[s.CountryCode] = new(StringComparer.OrdinalIgnoreCase);
                map.TryAdd(s.Code, s.Code);
                map.TryAdd(s.Name, s.Code);
            }

            var terms = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in await db.PaymentTerms.Select(t => new { t.Name, t.Id }).ToListAsync(ct))
            {
                terms.TryAdd(t.Name, t.Id);
            }

            var currency = await db.Organizations.OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct);
            return new Lookups(taxIds, (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
                states, terms, await PurchasingRules.CurrenciesAsync(db, ct), currency ?? "USD");
        }
    }
}
