using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Erp.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CatalogListSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_Name",
                table: "Products");

            migrationBuilder.AddColumn<long>(
                name: "CostSortKey",
                table: "Products",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "PriceSortKey",
                table: "Products",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing rows: the companion sort keys (Product.SortKey) from the stored amounts.
            migrationBuilder.Sql("UPDATE [Products] SET [PriceSortKey] = CAST(ROUND([Price] * 10000, 0) AS bigint), [CostSortKey] = CAST(ROUND([Cost] * 10000, 0) AS bigint);");

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_CostSortKey_Sku_IsActive_IsDeleted",
                table: "Products",
                columns: new[] { "TenantId", "CostSortKey", "Sku", "IsActive", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_Name_Sku_Barcode_IsActive_IsDeleted",
                table: "Products",
                columns: new[] { "TenantId", "Name", "Sku", "Barcode", "IsActive", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_PriceSortKey_Sku_IsActive_IsDeleted",
                table: "Products",
                columns: new[] { "TenantId", "PriceSortKey", "Sku", "IsActive", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_CostSortKey_Sku_IsActive_IsDeleted",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_Name_Sku_Barcode_IsActive_IsDeleted",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_TenantId_PriceSortKey_Sku_IsActive_IsDeleted",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "CostSortKey",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PriceSortKey",
                table: "Products");

            migrationBuilder.CreateIndex(
                name: "IX_Products_TenantId_Name",
                table: "Products",
                columns: new[] { "TenantId", "Name" });
        }
    }
}
