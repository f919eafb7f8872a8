using Erp.Data;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Data;

/// <summary>
/// SQLite has no decimal type: EF stores decimals as text. These tests pin down that, with the app's conventions,
/// sums, comparisons and ordering still run in the database and stay exact to the last digit.
/// </summary>
public sealed class DecimalMappingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"erp-decimal-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Sum_OfManySmallAmounts_IsExactInTheDatabase()
    {
        await using var db = await CreateAsync();
        // 0.1 has no exact binary form: 10,000 × 0.1 summed as double drifts; as decimal it is exactly 1000.
        db.Amounts.AddRange(Enumerable.Range(0, 10_000).Select(_ => new Amount { Value = 0.1m }));
        db.Amounts.Add(new Amount { Value = 123456789012345.6789m });
        await db.SaveChangesAsync();

        var total = await db.Amounts.SumAsync(a => a.Value);

        Assert.Equal(123456789013345.6789m, total);
    }

    [Fact]
    public async Task OrderBy_AndWhere_CompareNumerically_NotAsText()
    {
        await using var db = await CreateAsync();
        db.Amounts.AddRange(new[] { 10m, 9.99m, -2.5m, 100m, 0.005m, 1000000m }.Select(v => new Amount { Value = v }));
        await db.SaveChangesAsync();

        var ordered = await db.Amounts.OrderBy(a => a.Value).Select(a => a.Value).ToListAsync();
        var overTen = await db.Amounts.Where(a => a.Value > 9.995m).OrderByDescending(a => a.Value).Select(a => a.Value).ToListAsync();

        Assert.Equal([-2.5m, 0.005m, 9.99m, 10m, 100m, 1000000m], ordered);
        Assert.Equal([1000000m, 100m, 10m], overTen);
    }

    [Fact]
    public async Task Value_WithFourDecimals_RoundTripsExactly()
    {
        await using var db = await CreateAsync();
        db.Amounts.Add(new Amount { Value = 0.0001m });
        db.Amounts.Add(new Amount { Value = 999999999999999.9999m });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var values = await db.Amounts.OrderBy(a => a.Value).Select(a => a.Value).ToListAsync();

        Assert.Equal([0.0001m, 999999999999999.9999m], values);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private async Task<ProbeContext> CreateAsync()
    {
        var db = new ProbeContext(new DbContextOptionsBuilder<ProbeContext>().UseSqlite($"Data Source={_path}").Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private sealed class Amount
    {
        public int Id { get; set; }
        public decimal Value { get; set; }
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options)
    {
        public DbSet<Amount> Amounts => Set<Amount>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        {
            ErpModelConventions.Apply(configurationBuilder);
            ErpModelConventions.ApplySqlite(configurationBuilder);
        }
    }
}
