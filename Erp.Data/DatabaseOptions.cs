namespace Erp.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means a file under <see cref="DataFolder"/>; required for SQL Server.</summary>
    public string? ConnectionString { get; set; }

    public string DataFolder { get; set; } = "data";

    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveConnectionString(string contentRoot) => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(ConnectionString) =>
            $"Data Source={Path.Combine(contentRoot, DataFolder, "erp.db")};Default Timeout=30",
        _ when !string.IsNullOrWhiteSpace(ConnectionString) => ConnectionString,
        _ => throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer."),
    };
}

public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
}
