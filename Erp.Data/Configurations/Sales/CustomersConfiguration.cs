using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Geography;
using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(30);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TaxId).HasMaxLength(50);
        builder.Property(c => c.TaxExemptionReference).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
        foreach (var prefix in new[] { "Billing", "Shipping" })
        {
            builder.Property<string?>(prefix + "Line1").HasMaxLength(200);
            builder.Property<string?>(prefix + "Line2").HasMaxLength(200);
            builder.Property<string?>(prefix + "City").HasMaxLength(100);
            builder.Property<string?>(prefix + "PostalCode").HasMaxLength(20);
            builder.Property<string?>(prefix + "State").HasMaxLength(100);
            builder.Property<string?>(prefix + "Country").HasMaxLength(2);
        }

        builder.Ignore(c => c.Billing);
        builder.Ignore(c => c.Shipping);
        builder.Ignore(c => c.TagList);
        builder.Property(c => c.CurrencyCode).HasMaxLength(3);
        builder.Property(c => c.Tags).HasMaxLength(400);
        builder.Property(c => c.BlockReason).HasMaxLength(500);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        // Codes are unique per tenant, deleted customers included (they keep theirs).
        builder.HasIndex(c => new { c.TenantId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.TaxId });
        // The list's sort orders with the tie-break and the filter columns: a filtered page and its count walk one index
        // without reading the table (docs/performance.md, customer list).
        builder.HasIndex(c => new { c.TenantId, c.IsDeleted, c.Name, c.Code, c.Status, c.GroupId, c.BillingCountry });
        builder.HasIndex(c => new { c.TenantId, c.IsDeleted, c.GroupId, c.Name });
        builder.HasIndex(c => new { c.TenantId, c.IsDeleted, c.BillingCountry, c.Name });
        builder.HasOne<CustomerGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentTerm>().WithMany().HasForeignKey(c => c.PaymentTermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PriceList>().WithMany().HasForeignKey(c => c.PriceListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CustomerContactConfiguration : IEntityTypeConfiguration<CustomerContact>
{
    public void Configure(EntityTypeBuilder<CustomerContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.HasIndex(c => c.CustomerId);
    }
}

public sealed class CustomerGroupConfiguration : IEntityTypeConfiguration<CustomerGroup>
{
    public void Configure(EntityTypeBuilder<CustomerGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => new { g.TenantId, g.Name });
        builder.HasOne<PriceList>().WithMany().HasForeignKey(g => g.PriceListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentTerm>().WithMany().HasForeignKey(g => g.DefaultPaymentTermId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaymentTermConfiguration : IEntityTypeConfiguration<PaymentTerm>
{
    public void Configure(EntityTypeBuilder<PaymentTerm> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => new { t.TenantId, t.Name });
    }
}

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.Property(c => c.Name).HasMaxLength(100);
    }
}

public sealed class SubdivisionConfiguration : IEntityTypeConfiguration<Subdivision>
{
    public void Configure(EntityTypeBuilder<Subdivision> builder)
    {
        builder.HasKey(s => new { s.CountryCode, s.Code });
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.Code).HasMaxLength(10);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne<Country>().WithMany().HasForeignKey(s => s.CountryCode).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.StateCode).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => new { c.TenantId, c.CountryCode, c.StateCode, c.Name }).IsUnique();
    }
}
