using System.Globalization;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>
/// Imports customers from an .xlsx whose first row holds the headers of <see cref="Columns"/>. Every row is checked
/// first; one bad row imports nothing, and every bad row is reported with its line number and reason. Codes are
/// assigned from the customer numbering in row order. Group and payment terms are matched by name, the state by code or
/// name; none are created.
/// </summary>
public sealed class CustomerImportCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Columns =
    [
        "Name", "Kind", "Tax id", "Tax exempt", "Exemption reference", "Email", "Phone", "Address line 1", "Address line 2",
        "City", "Postal code", "State", "Country", "Group", "Payment terms", "Credit limit", "Opening balance",
        "Opening balance date", "Currency", "Tags", "Notes",
    ];

    public async Task<Result<ImportOutcome>> ImportAsync(Stream workbook, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
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
            return Error.Validation($"The file could not be read as an Excel workbook with the customer columns: {ex.Message}");
        }

        if (rows.Count > MaxRows)
        {
            return Error.Validation($"At most {MaxRows:N0} rows can be imported at once.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentTermService.EnsureStandardAsync(db, ct);
        var lookups = await ImportLookups.LoadAsync(db, ct);
        var problems = new List<ImportProblem>();
        var valid = new List<CustomerFields>();
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
                var customer = new Customer(await CustomerChecks.NextCodeAsync(db, today, ct), fields);
                db.Customers.Add(customer);
            }

            await CustomerChecks.RememberCitiesAsync(db, valid.Select(v => v.Billing!), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CustomerErrors.ChangedByAnotherUser;
        }

        return new ImportOutcome(valid.Count, []);
    }

    private static CustomerFields? Read(ImportRow row, ImportLookups lookups, List<string> reasons)
    {
        var kind = CustomerKind.Company;
        if (!string.IsNullOrWhiteSpace(row["Kind"]) && (!Enum.TryParse(row["Kind"]!.Trim(), true, out kind) || !Enum.IsDefined(kind)))
        {
            reasons.Add($"kind \"{row["Kind"]}\" must be Company or Person");
        }

        var taxExempt = Flag(row["Tax exempt"], "Tax exempt", reasons);
        var taxId = TaxId(row["Tax id"], reasons);
        if (taxId is not null && !lookups.TaxIds.TryAdd(taxId, $"on line {row.Line}"))
        {
            reasons.Add($"tax id {taxId} is already used by customer {lookups.TaxIds[taxId]}");
        }

        var country = row["Country"]?.Trim().ToUpperInvariant();
        var state = row["State"]?.Trim();
        if (country is not null && country.Length > 0)
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

        var group = Lookup(row["Group"], lookups.Groups, "customer group", reasons);
        var terms = Lookup(row["Payment terms"], lookups.Terms, "payment terms", reasons);
        var creditLimit = Amount(row["Credit limit"], "Credit limit", reasons);
        if (creditLimit < 0)
        {
            reasons.Add("Credit limit cannot be negative");
        }

        var opening = Amount(row["Opening balance"], "Opening balance", reasons) ?? 0m;
        var openingDate = Date(row["Opening balance date"], reasons);
        var tags = (row["Tags"] ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var currency = string.IsNullOrWhiteSpace(row["Currency"]) ? lookups.DefaultCurrency : row["Currency"]!;
        if (reasons.Count > 0)
        {
            return null;
        }

        try
        {
            var fields = new CustomerFields(kind, row["Name"] ?? "", currency, row["Tax id"], taxExempt, row["Exemption reference"],
                row["Email"], row["Phone"],
                Address.Create(row["Address line 1"], row["Address line 2"], row["City"], row["Postal code"], state, country),
                true, null, terms, creditLimit, opening, openingDate, group, null, tags, row["Notes"]);
            // The entity's own rules (name required, email, exemption reference, lengths) give the row's reason.
            _ = new Customer("CHECK", fields);
            return fields;
        }
        catch (DomainException ex)
        {
            reasons.Add(ex.Error.Message.TrimEnd('.'));
            return null;
        }
    }

    private static string? TaxId(string? text, List<string> reasons)
    {
        try
        {
            return Customer.NormalizeTaxId(text);
        }
        catch (DomainException ex)
        {
            reasons.Add(ex.Error.Message.TrimEnd('.'));
            return null;
        }
    }

    private static bool Flag(string? text, string field, List<string> reasons)
    {
        var value = text?.Trim().ToUpperInvariant();
        switch (value)
        {
            case null or "" or "NO" or "N" or "FALSE" or "0": return false;
            case "YES" or "Y" or "TRUE" or "1": return true;
            default:
                reasons.Add($"{field} must be yes or no");
                return false;
        }
    }

    private static Guid? Lookup(string? name, Dictionary<string, Guid> map, string what, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (map.TryGetValue(name.Trim(), out var id))
        {
            return id;
        }

        reasons.Add($"unknown {what} \"{name.Trim()}\"");
        return null;
    }

    private static decimal? Amount(string? text, string field, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reasons.Add($"{field} \"{text}\" is not a number");
        return null;
    }

    private static DateOnly? Date(string? text, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // Excel date cells come back as serial numbers.
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        reasons.Add($"opening balance date \"{text}\" is not a date (use yyyy-mm-dd)");
        return null;
    }

    private sealed record ImportLookups(
        Dictionary<string, string> TaxIds, HashSet<string> Countries, Dictionary<string, Dictionary<string, string>> States,
        Dictionary<string, Guid> Groups, Dictionary<string, Guid> Terms, string DefaultCurrency)
    {
        public static async Task<ImportLookups> LoadAsync(ErpDbContext db, CancellationToken ct)
        {
            var taxIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in await db.Customers.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(c => c.TaxId != null)
                         .Select(c => new { c.TaxId, c.Code }).ToListAsync(ct))
            {
                taxIds.TryAdd(c.TaxId!, c.Code);
            }

            var states = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var s in await db.Subdivisions.AsNoTracking().ToListAsync(ct))
            {
                var map = states.TryGetValue(s.CountryCode, out var m) ? m : states[s.CountryCode] = new(StringComparer.OrdinalIgnoreCase);
                map.TryAdd(s.Code, s.Code);
                map.TryAdd(s.Name, s.Code);
            }

            var groups = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in await db.CustomerGroups.Select(g => new { g.Name, g.Id }).ToListAsync(ct))
            {
                groups.TryAdd(g.Name, g.Id);
            }

            var terms = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in await db.PaymentTerms.Select(t => new { t.Name, t.Id }).ToListAsync(ct))
            {
                terms.TryAdd(t.Name, t.Id);
            }

            var currency = await db.Organizations.OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct);
            return new ImportLookups(taxIds, (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
                states, groups, terms, currency ?? "USD");
        }
    }
}
