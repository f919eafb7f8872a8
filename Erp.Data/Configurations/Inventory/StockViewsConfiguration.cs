using Erp.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

/// <summary>
/// Indexes for the stock views, kept apart from the ledger's own configuration. The valuation "as of" a day subtracts
/// the movements after that day from the current stock: (TenantId, OrganizationId, OccurredAt) finds them by range.
/// </summary>
public sealed class StockMovementViewIndexes : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder) =>
        builder.HasIndex(m => new { m.TenantId, m.OrganizationId, m.OccurredAt });
}
