using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Platform;

public sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.Culture).HasMaxLength(20);
        builder.Property(t => t.TimeZone).HasMaxLength(100);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
