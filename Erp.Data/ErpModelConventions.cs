using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Erp.Data;

/// <summary>Type mappings every model uses; shared so tests can check the exact mappings the app runs with.</summary>
public static class ErpModelConventions
{
    public static void Apply(ModelConfigurationBuilder configurationBuilder) =>
        // Money and quantities: exact decimals; unit costs need 4 places, amounts are rounded to 2 by the domain.
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);

    public static void ApplySqlite(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite cannot compare or sort DateTimeOffset text; a UTC-ordered integer keeps ORDER BY and ranges in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
