using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>The app's database: Identity's accounts, the data-protection keys, and each person's saved results.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>Saved results, each owned by one account.</summary>
    public DbSet<StoredResult> Results => Set<StoredResult>();

    /// <summary>Answers in progress, one per person and assessment.</summary>
    public DbSet<Draft> Drafts => Set<Draft>();

    /// <summary>The keys that protect cookies and antiforgery tokens, kept with the data so that restarts keep sessions.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StoredResult>(result =>
        {
            result.HasKey(r => r.Id);
            result.Property(r => r.UserId).IsRequired();
            result.Property(r => r.AssessmentId).HasMaxLength(100).IsRequired();
            result.Property(r => r.AssessmentVersion).HasMaxLength(50).IsRequired();
            result.Property(r => r.PackId).HasMaxLength(100).IsRequired();
            result.Property(r => r.PackVersion).HasMaxLength(50).IsRequired();
            result.Property(r => r.RelationshipKind).HasMaxLength(100).IsRequired();
            result.Property(r => r.Json).IsRequired();
            result.HasIndex(r => new { r.UserId, r.CompletedAtUtc });
            // Deleting an account deletes every result that belongs to it.
            result.HasOne<IdentityUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Draft>(draft =>
        {
            draft.HasKey(d => new { d.UserId, d.AssessmentId });
            draft.Property(d => d.AssessmentId).HasMaxLength(100);
            draft.Property(d => d.AssessmentVersion).HasMaxLength(50).IsRequired();
            draft.Property(d => d.RelationshipKind).HasMaxLength(100).IsRequired();
            draft.Property(d => d.AnswersJson).IsRequired();
            draft.HasOne<IdentityUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
