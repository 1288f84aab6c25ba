using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Data;

/// <summary>
/// The application's database. One model for both providers; each provider has its own subclass only so that it
/// keeps its own migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres). Times are UTC DateTime.
/// </summary>
public abstract class JixiaoDb(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ReviewerAssignment> ReviewerAssignments => Set<ReviewerAssignment>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<EvaluationRecord> Evaluations => Set<EvaluationRecord>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Rescore> Rescores => Set<Rescore>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Department>(d =>
        {
            d.Property(x => x.Name).HasMaxLength(200);
            d.Property(x => x.Region).HasMaxLength(200);
            d.HasIndex(x => x.Name).IsUnique();
        });
        builder.Entity<ReviewerAssignment>(a =>
        {
            a.HasKey(x => new { x.UserId, x.DepartmentId });
            a.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            a.HasOne(x => x.Department).WithMany(d => d.Reviewers).HasForeignKey(x => x.DepartmentId);
        });
        builder.Entity<AppUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<Round>(r =>
        {
            r.Property(x => x.Title).HasMaxLength(200);
            r.Property(x => x.SchemeId).HasMaxLength(100);
        });
        builder.Entity<EvaluationRecord>(e =>
        {
            e.Property(x => x.SchemeId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Grade).HasMaxLength(4);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.DepartmentId, x.Year });
            e.HasIndex(x => x.Status);
            e.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId);
            e.HasOne(x => x.Round).WithMany().HasForeignKey(x => x.RoundId);
            e.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.EvaluationRecordId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Revision>(r =>
        {
            r.HasIndex(x => new { x.EvaluationRecordId, x.Number }).IsUnique();
            r.Property(x => x.CreatedBy).HasMaxLength(256);
            r.Property(x => x.Reason).HasMaxLength(200);
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.HasIndex(x => x.EvaluationRecordId);
            a.Property(x => x.UserName).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(50);
        });
        builder.Entity<Rescore>(r =>
        {
            r.HasIndex(x => x.EvaluationRecordId);
            r.Property(x => x.ItemId).HasMaxLength(300);
            r.Property(x => x.ItemName).HasMaxLength(300);
            r.Property(x => x.ReviewerName).HasMaxLength(256);
        });
    }
}
