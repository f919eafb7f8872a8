using System.Data;
using System.Data.Common;
using Erp.Data.Configurations.Platform;
using Erp.Data.Tenancy;
using Erp.Domain.Platform.Documents;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Documents;

/// <summary>
/// Gap-free document numbers. <see cref="NextAsync"/> takes the next number with one atomic
/// <c>UPDATE … SET NextNumber = NextNumber + 1 … RETURNING/OUTPUT</c> inside the caller's transaction: concurrent
/// callers queue on the row lock (SQLite: the write lock taken by BEGIN IMMEDIATE), and a rolled-back transaction
/// gives its number back. Raw SQL is not guarded by the tenant filter, so every statement carries the tenant itself.
/// </summary>
public static class DocumentNumberService
{
    private const string T = DocumentSequenceConfiguration.Table;
    private const string Key = " WHERE TenantId = {0} AND DocumentType = {1} AND Period = {2}";

    private const string TakeSqlite =
        "UPDATE " + T + " SET NextNumber = NextNumber + 1" + Key + " RETURNING NextNumber - 1 AS Number, Prefix, Format";

    private const string TakeSqlServer =
        "UPDATE " + T + " SET NextNumber = NextNumber + 1"
        + " OUTPUT deleted.NextNumber AS Number, deleted.Prefix AS Prefix, deleted.Format AS Format" + Key;

    private const string Create =
        "INSERT INTO " + T + " (Id, TenantId, DocumentType, Period, Prefix, Format, ResetsYearly, NextNumber, CreatedAt,"
        + " CreatedBy, Version, IsDeleted) SELECT {3}, {0}, {1}, {2}, {4}, {5}, {6}, 1, {7}, {8}, 0, 0"
        + " WHERE NOT EXISTS (SELECT 1 FROM " + T;

    private const string CreateSqlite = Create + Key + ")";

    // The range lock keeps a concurrent creator waiting instead of failing on the unique index.
    private const string CreateSqlServer = Create + " WITH (UPDLOCK, HOLDLOCK)" + Key + ")";

    public static async Task<string> NextAsync(ErpDbContext db, string documentType, DateOnly date, CancellationToken ct = default)
    {
        var tenantId = db.CurrentTenantId
            ?? throw new TenantIsolationException("No tenant is in scope; refusing to take a document number.");
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Take document numbers inside the transaction that saves the document, or a failed save leaves a gap.");
        }

        var (prefix, format, resetsYearly) = await ConfigurationOfAsync(db, documentType, ct);
        var period = DocumentSequence.PeriodOf(date, resetsYearly);
        await EnsureSequenceAsync(db, tenantId, documentType, period, prefix, format, resetsYearly, ct);

        var sql = db.Database.IsSqlServer() ? TakeSqlServer : TakeSqlite;
        var taken = await db.Database.SqlQueryRaw<TakenNumber>(sql, tenantId, documentType, period).ToListAsync(ct);

        var row = taken.Single();
        var parsed = DocumentNumberFormat.Parse(row.Format);
        return parsed.IsSuccess
            ? parsed.Value.Format(row.Prefix, date, row.Number)
            : throw new InvalidOperationException($"Stored number format of {documentType} is invalid: {parsed.Error!.Message}");
    }

    /// <summary>Takes the next number of the document's type and gives it to the document, inside the caller's transaction.</summary>
    public static async Task AssignNumberAsync<TStatus>(ErpDbContext db, Document<TStatus> document, DateOnly date,
        CancellationToken ct = default) where TStatus : struct, Enum =>
        document.AssignNumber(await NextAsync(db, document.DocumentType, date, ct));

    /// <summary>The latest configuration of the type for the tenant (filtered query), or the type's defaults.</summary>
    private static async Task<(string Prefix, string Format, bool ResetsYearly)> ConfigurationOfAsync(
        ErpDbContext db, string documentType, CancellationToken ct)
    {
        var latest = await db.Set<DocumentSequence>().AsNoTracking()
            .Where(s => s.DocumentType == documentType)
            .OrderByDescending(s => s.Period)
            .Select(s => new { s.Prefix, s.Format, s.ResetsYearly })
            .FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            return (latest.Prefix, latest.Format, latest.ResetsYearly);
        }

        var defaults = DocumentTypes.DefaultsOf(documentType);
        return (defaults.Prefix, defaults.Format, defaults.ResetsYearly);
    }

    /// <summary>Creates the period's counter on first use; the NOT EXISTS insert is safe against a concurrent creator.</summary>
    private static async Task EnsureSequenceAsync(ErpDbContext db, Guid tenantId, string documentType, int period,
        string prefix, string format, bool resetsYearly, CancellationToken ct)
    {
        // Build the row with the entity so its rules (valid format) hold, then insert it with plain SQL so the caller's
        // other pending changes are not saved early. Stamps use the model's converters (SQLite stores times as integers).
        var sequence = new DocumentSequence(documentType, period, prefix, format, resetsYearly);
        var createdAt = Provider(db, nameof(DocumentSequence.CreatedAt), DateTimeOffset.UtcNow);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? CreateSqlServer : CreateSqlite,
            [tenantId, documentType, period, sequence.Id, sequence.Prefix, sequence.Format, resetsYearly, createdAt!,
             CreatedByParameter(db)], ct);
    }

    /// <summary>The user, or NULL for background jobs: a bare DBNull has no store type for EF to map, a typed parameter has.</summary>
    private static DbParameter CreatedByParameter(ErpDbContext db)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "createdBy";
        parameter.DbType = DbType.String;
        parameter.Value = (object?)db.Tenant.UserId ?? DBNull.Value;
        return parameter;
    }

    private static object? Provider(ErpDbContext db, string property, object value)
    {
        var converter = db.Model.FindEntityType(typeof(DocumentSequence))!.FindProperty(property)!.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value);
    }

    private sealed record TakenNumber(long Number, string Prefix, string Format);
}
