using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Documents;

/// <summary>Lets a tenant admin see and change how each document type is numbered (prefix, format, yearly restart).</summary>
public sealed class DocumentNumberingService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<IReadOnlyList<DocumentNumberingRow>>> ListAsync(DateOnly today, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageSettings, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sequences = await db.DocumentSequences.AsNoTracking().ToListAsync(ct);
        var types = DocumentTypes.Defaults.Keys.Concat(sequences.Select(s => s.DocumentType)).Distinct().Order(StringComparer.Ordinal);
        return types.Select(type => RowOf(type, sequences.Where(s => s.DocumentType == type).ToList(), today)).ToList();
    }

    public async Task<Result> ConfigureAsync(string documentType, DocumentNumberingInput input, DateOnly today, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageSettings, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.DocumentSequences.Where(s => s.DocumentType == documentType).ToListAsync(ct);
        if (rows.Count == 0 && !DocumentTypes.Defaults.ContainsKey(documentType))
        {
            return Error.NotFound("The document type");
        }

        try
        {
            if (rows.Count == 0)
            {
                db.DocumentSequences.Add(new DocumentSequence(documentType, DocumentSequence.PeriodOf(today, input.ResetsYearly),
                    input.Prefix, input.Format, input.ResetsYearly));
            }

            // Every period's row carries the settings, so numbers of the current period change format at once.
            rows.ForEach(r => r.Configure(input.Prefix, input.Format, input.ResetsYearly));
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private static DocumentNumberingRow RowOf(string type, List<DocumentSequence> rows, DateOnly today)
    {
        var latest = rows.MaxBy(r => r.Period);
        var defaults = DocumentTypes.DefaultsOf(type);
        var (prefix, format, resets) = latest is null
            ? (defaults.Prefix, defaults.Format, defaults.ResetsYearly)
            : (latest.Prefix, latest.Format, latest.ResetsYearly);
        var period = DocumentSequence.PeriodOf(today, resets);
        var next = rows.FirstOrDefault(r => r.Period == period)?.NextNumber ?? 1;
        var parsed = DocumentNumberFormat.Parse(format);
        return new DocumentNumberingRow(type, prefix, format, resets, next,
            parsed.IsSuccess ? parsed.Value.Format(prefix, today, next) : "—");
    }
}
