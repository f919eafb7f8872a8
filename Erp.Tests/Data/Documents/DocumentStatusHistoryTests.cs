using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Interceptors;
using Erp.Data.Tenancy;
using Erp.Domain.Platform.Documents;
using Erp.Tests.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Data.Documents;

/// <summary>
/// The history rows are saved by the same SaveChanges as the document. The app has no document entity yet, so this
/// test extends the real model with <see cref="SampleDocument"/> on its own SQLite file.
/// </summary>
public sealed class DocumentStatusHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"erp-docs-{Guid.NewGuid():N}.db");
    private readonly Guid _tenantId = Guid.CreateVersion7();

    [Fact]
    public async Task SaveChanges_AfterLegalTransitions_WritesOneHistoryRowPerTransition()
    {
        var document = new SampleDocument("creator", Now);
        await using (var db = await CreateAsync())
        {
            db.Add(document);
            await db.SaveChangesAsync();
        }

        await using (var db = await CreateAsync())
        {
            var loaded = await db.Set<SampleDocument>().SingleAsync();
            Assert.True(loaded.MoveTo(SampleStatus.Confirmed, "approver", Now.AddHours(1)).IsSuccess);
            Assert.False(loaded.MoveTo(SampleStatus.Draft, "approver", Now.AddHours(1)).IsSuccess);
            await db.SaveChangesAsync();
        }

        await using (var db = await CreateAsync())
        {
            var rows = await db.DocumentStatusChanges.Where(c => c.DocumentId == document.Id).OrderBy(c => c.ChangedAt).ToListAsync();
            Assert.Equal([(null, "Draft"), ("Draft", "Confirmed")], rows.Select(r => (r.FromStatus, r.ToStatus)));
            Assert.Equal(["creator", "approver"], rows.Select(r => r.ChangedBy));
            Assert.All(rows, r => Assert.Equal(_tenantId, r.TenantId));
            Assert.Equal(SampleStatus.Confirmed, (await db.Set<SampleDocument>().SingleAsync()).Status);
        }
    }

    [Fact]
    public async Task NumberAndHistory_CommitTogether_OrRollBackTogether()
    {
        var day = new DateOnly(2026, 11, 23);
        await using (var db = await CreateAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var abandoned = new SampleDocument("u1", Now);
            await DocumentNumberService.AssignNumberAsync(db, abandoned, day);
            db.Add(abandoned);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        SampleDocument kept;
        await using (var db = await CreateAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            kept = new SampleDocument("u1", Now);
            await DocumentNumberService.AssignNumberAsync(db, kept, day);
            db.Add(kept);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using (var db = await CreateAsync())
        {
            Assert.Equal("S-2026-000001", (await db.Set<SampleDocument>().SingleAsync()).Number);
            Assert.Equal([kept.Id], await db.DocumentStatusChanges.Select(c => c.DocumentId).ToListAsync());
        }
    }

    private async Task<SampleDocumentsContext> CreateAsync()
    {
        var tenant = new TenantContext();
        tenant.Set(_tenantId, null, "test-user");
        var options = new DbContextOptionsBuilder<SampleDocumentsContext>()
            .UseSqlite($"Data Source={_path};Pooling=False")
            .AddInterceptors(new DocumentStatusHistoryInterceptor(), new EntityStampingInterceptor(TimeProvider.System))
            .Options;
        var db = new SampleDocumentsContext(options, tenant);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    public void Dispose() => File.Delete(_path);

    private sealed class SampleDocumentsContext(DbContextOptions<SampleDocumentsContext> options, ITenantContext tenant)
        : ErpDbContext(options, tenant)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        {
            base.ConfigureConventions(configurationBuilder);
            ErpModelConventions.ApplySqlite(configurationBuilder);
        }

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<SampleDocument>().Property(d => d.Number).HasMaxLength(50);
            base.OnModelCreating(builder);
        }
    }
}
