using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>A small product picture kept in the database (PNG, JPEG or WebP, at most <see cref="MaxBytes"/>).</summary>
public sealed class ProductImage : TenantEntity
{
    public const int MaxBytes = 1024 * 1024;
    public static readonly IReadOnlyList<string> ContentTypes = ["image/png", "image/jpeg", "image/webp"];

    private ProductImage() { }

    public ProductImage(Guid productId, string fileName, string contentType, byte[] data)
    {
        if (!ContentTypes.Contains(contentType) || data.Length == 0 || data.Length > MaxBytes)
        {
            throw new DomainException(CatalogErrors.ImageTooLarge);
        }

        ProductId = productId;
        FileName = Text.Required(Path.GetFileName(fileName), 200, "File name");
        ContentType = contentType;
        Data = data;
    }

    public Guid ProductId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
}
