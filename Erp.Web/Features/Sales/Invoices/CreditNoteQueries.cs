using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

public sealed record CreditNoteListQuery(string? Search = null, Guid? CustomerId = null, CreditNoteKind? Kind = null);

public sealed record CreditNoteRow(Guid Id, string Number, DateOnly Date, CreditNoteKind Kind, Guid InvoiceId, string InvoiceNumber,
    Guid CustomerId, string CustomerName, string Currency, decimal Gross, decimal Applied, decimal Unapplied, string Reason);

public sealed record CreditNoteLineRow(int LineNumber, string? Sku, string Description, decimal Quantity, decimal TaxRatePercent,
    decimal Net, decimal Tax, decimal Gross);

public sealed record CreditNoteDetails(CreditNoteRow Header, string? ReturnLocation, IReadOnlyList<CreditNoteLineRow> Lines);

/// <summary>Credit notes for their list and detail page; filtered and paged in SQL, newest first.</summary>
public sealed class CreditNoteQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<CreditNoteRow>>> ListAsync(CreditNoteListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notes = db.CreditNotes.AsNoTracking();
        if (query.CustomerId is { } customerId)
        {
            notes = notes.Where(c => c.CustomerId == customerId);
        }

        if (query.Kind is { } kind)
        {
            notes = notes.Where(c => c.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            notes = notes.Where(c => EF.Functions.Like(c.Number, pattern, "\\") || EF.Functions.Like(c.InvoiceNumber, pattern, "\\")
                                     || EF.Functions.Like(c.CustomerName, pattern, "\\"));
        }

        var total = await notes.CountAsync(ct);
        var rows = await notes.OrderByDescending(c => c.CreditDate).ThenByDescending(c => c.Number)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(c => new CreditNoteRow(c.Id, c.Number, c.CreditDate, c.Kind, c.InvoiceId, c.InvoiceNumber, c.CustomerId, c.CustomerName,
                c.Currency, c.GrossTotal, c.AppliedAmount, c.UnappliedAmount, c.Reason)).ToListAsync(ct);
        return new Paged<CreditNoteRow>(rows, total);
    }

    public async Task<Result<CreditNoteDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.CreditNotes.AsNoTracking().Include(n => n.Lines).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (c is null)
        {
            return Error.NotFound("The credit note");
        }

        var location = c.ReturnLocationId is { } locationId
            ? await db.Locations.AsNoTracking().Where(l => l.Id == locationId).Select(l => l.Name).FirstOrDefaultAsync(ct)
            : null;
        var header = new CreditNoteRow(c.Id, c.Number, c.CreditDate, c.Kind, c.InvoiceId, c.InvoiceNumber, c.CustomerId, c.CustomerName,
            c.Currency, c.GrossTotal, c.AppliedAmount, c.UnappliedAmount, c.Reason);
        var lines = c.Lines.OrderBy(l => l.LineNumber)
            .Select(l => new CreditNoteLineRow(l.LineNumber, l.Sku, l.Description, l.Quantity, l.TaxRatePercent, l.Net, l.Tax, l.Gross)).ToList();
        return new CreditNoteDetails(header, location, lines);
    }
}
