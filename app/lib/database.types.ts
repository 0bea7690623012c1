export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  public: {
    Tables: {
      comments: {
        Row: {
          author_id: string | null
          body: string
          created_at: string
          id: string
          task_id: string
        }
        Insert: {
          author_id?: string | null
          body: string
          created_at?: string
          id?: string
          task_id: string
        }
        Update: {
          author_id?: string | null
          body?: string
          created_at?: string
          id?: string
          task_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "comments_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      deadline_extensions: {
        Row: {
          approved_on: string
          created_at: string
          created_by: string | null
          doc_date: string
          doc_number: string
          id: string
          new_due_date: string
          previous_due_date: string | null
          reason: string | null
          task_id: string
        }
        Insert: {
          approved_on: string
          created_at?: string
          created_by?: string | null
          doc_date: string
          doc_number: string
          id?: string
          new_due_date: string
          previous_due_date?: string | null
          reason?: string | null
          task_id: string
        }
        Update: {
          approved_on?: string
          created_at?: string
          created_by?: string | null
          doc_date?: string
          doc_number?: string
          id?: string
          new_due_date?: string
          previous_due_date?: string | null
          reason?: string | null
          task_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "deadline_extensions_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deadline_extensions_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deadline_extensions_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      evidence: {
        Row: {
          created_at: string
          created_by: string | null
          doc_date: string | null
          doc_number: string | null
          file_name: string | null
          file_path: string | null
          file_size: number | null
          id: string
          issuer: string | null
          kind: Database["public"]["Enums"]["evidence_kind"]
          mime_type: string | null
          summary: string | null
          task_id: string
          url: string | null
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          doc_date?: string | null
          doc_number?: string | null
          file_name?: string | null
          file_path?: string | null
          file_size?: number | null
          id?: string
          issuer?: string | null
          kind: Database["public"]["Enums"]["evidence_kind"]
          mime_type?: string | null
          summary?: string | null
          task_id: string
          url?: string | null
        }
        Update: {
          created_at?: string
          created_by?: string | null
          doc_date?: string | null
          doc_number?: string | null
          file_name?: string | null
          file_path?: string | null
          file_size?: number | null
          id?: string
          issuer?: string | null
          kind?: Database["public"]["Enums"]["evidence_kind"]
          mime_type?: string | null
          summary?: string | null
          task_id?: string
          url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "evidence_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "evidence_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "evidence_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      evidence_files: {
        Row: {
          content: string
          evidence_id: string
        }
        Insert: {
          content: string
          evidence_id: string
        }
        Update: {
          content?: string
          evidence_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "evidence_files_evidence_id_fkey"
            columns: ["evidence_id"]
            referencedRelation: "evidence"
            referencedColumns: ["id"]
          },
        ]
      }
      plans: {
        Row: {
          created_at: string
          created_by: string | null
          doc_number: string
          id: string
          issued_on: string | null
          issuer: string
          status: Database["public"]["Enums"]["plan_status"]
          title: string
          updated_at: string
          year: number
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          doc_number: string
          id?: string
          issued_on?: string | null
          issuer?: string
          status?: Database["public"]["Enums"]["plan_status"]
          title: string
          updated_at?: string
          year: number
        }
        Update: {
          created_at?: string
          created_by?: string | null
          doc_number?: string
          id?: string
          issued_on?: string | null
          issuer?: string
          status?: Database["public"]["Enums"]["plan_status"]
          title?: string
          updated_at?: string
          year?: number
        }
        Relationships: []
      }
      profiles: {
        Row: {
          created_at: string
          email: string
          full_name: string | null
          id: string
          role: Database["public"]["Enums"]["app_role"] | null
          unit_id: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          email: string
          full_name?: string | null
          id: string
          role?: Database["public"]["Enums"]["app_role"] | null
          unit_id?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          email?: string
          full_name?: string | null
          id?: string
          role?: Database["public"]["Enums"]["app_role"] | null
          unit_id?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "profiles_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      reform_areas: {
        Row: {
          code: string
          id: number
          name_en: string
          name_vi: string
        }
        Insert: {
          code: string
          id: number
          name_en: string
          name_vi: string
        }
        Update: {
          code?: string
          id?: number
          name_en?: string
          name_vi?: string
        }
        Relationships: []
      }
      task_coordinators: {
        Row: {
          task_id: string
          unit_id: string
        }
        Insert: {
          task_id: string
          unit_id: string
        }
        Update: {
          task_id?: string
          unit_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "task_coordinators_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_coordinators_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_coordinators_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      task_events: {
        Row: {
          action: string
          actor_id: string | null
          actor_role: Database["public"]["Enums"]["app_role"] | null
          changes: NonNullable<Json>
          id: number
          occurred_at: string
          task_id: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_role?: Database["public"]["Enums"]["app_role"] | null
          changes?: NonNullable<Json>
          id?: never
          occurred_at?: string
          task_id: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_role?: Database["public"]["Enums"]["app_role"] | null
          changes?: NonNullable<Json>
          id?: never
          occurred_at?: string
          task_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "task_events_actor_id_fkey"
            columns: ["actor_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_events_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_events_task_id_fkey"
            columns: ["task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      tasks: {
        Row: {
          area_id: number
          cadence: Database["public"]["Enums"]["task_cadence"]
          completed_on: string | null
          created_at: string
          due_date: string | null
          expected_output: string | null
          id: string
          judged_due_date: string | null
          lead_unit_id: string
          ordinal: string
          original_due_date: string | null
          plan_id: string
          progress: number
          progress_note: string | null
          search_text: string | null
          start_date: string | null
          status: Database["public"]["Enums"]["task_status"]
          status_reason: string | null
          submitted_at: string | null
          title: string
          updated_at: string
          version: number
        }
        Insert: {
          area_id: number
          cadence?: Database["public"]["Enums"]["task_cadence"]
          completed_on?: string | null
          created_at?: string
          due_date?: string | null
          expected_output?: string | null
          id?: string
          judged_due_date?: string | null
          lead_unit_id: string
          ordinal: string
          original_due_date?: string | null
          plan_id: string
          progress?: number
          progress_note?: string | null
          search_text?: never
          start_date?: string | null
          status?: Database["public"]["Enums"]["task_status"]
          status_reason?: string | null
          submitted_at?: string | null
          title: string
          updated_at?: string
          version?: number
        }
        Update: {
          area_id?: number
          cadence?: Database["public"]["Enums"]["task_cadence"]
          completed_on?: string | null
          created_at?: string
          due_date?: string | null
          expected_output?: string | null
          id?: string
          judged_due_date?: string | null
          lead_unit_id?: string
          ordinal?: string
          original_due_date?: string | null
          plan_id?: string
          progress?: number
          progress_note?: string | null
          search_text?: never
          start_date?: string | null
          status?: Database["public"]["Enums"]["task_status"]
          status_reason?: string | null
          submitted_at?: string | null
          title?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "tasks_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_lead_unit_id_fkey"
            columns: ["lead_unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plan_progress"
            referencedColumns: ["plan_id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
        ]
      }
      units: {
        Row: {
          code: string
          created_at: string
          id: string
          is_active: boolean
          kind: Database["public"]["Enums"]["unit_kind"]
          name: string
          parent_id: string | null
          short_name: string | null
          sort_order: number
          updated_at: string
        }
        Insert: {
          code: string
          created_at?: string
          id?: string
          is_active?: boolean
          kind: Database["public"]["Enums"]["unit_kind"]
          name: string
          parent_id?: string | null
          short_name?: string | null
          sort_order?: number
          updated_at?: string
        }
        Update: {
          code?: string
          created_at?: string
          id?: string
          is_active?: boolean
          kind?: Database["public"]["Enums"]["unit_kind"]
          name?: string
          parent_id?: string | null
          short_name?: string | null
          sort_order?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "units_parent_id_fkey"
            columns: ["parent_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      plan_area_progress: {
        Row: {
          area_id: number | null
          cancelled: number | null
          done: number | null
          plan_id: string | null
          total: number | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plan_progress"
            referencedColumns: ["plan_id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
        ]
      }
      plan_progress: {
        Row: {
          cancelled: number | null
          done: number | null
          plan_id: string | null
          total: number | null
        }
        Relationships: []
      }
      task_overview: {
        Row: {
          area_id: number | null
          cadence: Database["public"]["Enums"]["task_cadence"] | null
          completed_on: string | null
          days_late: number | null
          due_date: string | null
          expected_output: string | null
          id: string | null
          judged_due_date: string | null
          lead_unit_code: string | null
          lead_unit_id: string | null
          lead_unit_name: string | null
          lead_unit_short_name: string | null
          ordinal: string | null
          original_due_date: string | null
          plan_doc_number: string | null
          plan_id: string | null
          plan_status: Database["public"]["Enums"]["plan_status"] | null
          plan_year: number | null
          progress: number | null
          progress_note: string | null
          search_text: string | null
          start_date: string | null
          status: Database["public"]["Enums"]["task_status"] | null
          status_reason: string | null
          submitted_at: string | null
          timeliness: string | null
          title: string | null
          updated_at: string | null
          version: number | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_lead_unit_id_fkey"
            columns: ["lead_unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plan_progress"
            referencedColumns: ["plan_id"]
          },
          {
            foreignKeyName: "tasks_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      add_evidence_file: {
        Args: {
          p_content_base64: string
          p_file_name: string
          p_mime_type: string
          p_summary?: string
          p_task_id: string
        }
        Returns: string
      }
      get_evidence_file: {
        Args: { p_evidence_id: string }
        Returns: {
          content_base64: string
          file_name: string
          file_size: number
          mime_type: string
        }[]
      }
      plan_figures: {
        Args: { p_as_of?: string; p_plan_id: string }
        Returns: {
          area_id: number
          cancelled: number
          done: number
          done_late: number
          done_on_time: number
          open_not_due: number
          open_overdue: number
          overdue_over_120: number
          overdue_over_30: number
          overdue_over_90: number
          total: number
        }[]
      }
      plan_trend: {
        Args: { p_as_of?: string; p_plan_id: string }
        Returns: {
          completed: number
          completed_cumulative: number
          due: number
          due_cumulative: number
          month: string
        }[]
      }
      tasks_as_of: {
        Args: { p_as_of?: string; p_plan_id: string }
        Returns: {
          area_id: number
          completed_on: string
          days_late: number
          deadline: string
          lead_unit_id: string
          ordinal: string
          status: Database["public"]["Enums"]["task_status"]
          submitted_on: string
          task_id: string
          timeliness: string
        }[]
      }
      unit_figures: {
        Args: { p_as_of?: string; p_plan_id: string }
        Returns: {
          completion_rate: number
          done: number
          done_late: number
          done_on_time: number
          on_time_rate: number
          open_not_due: number
          open_overdue: number
          rank: number
          total: number
          unit_id: string
          unit_name: string
        }[]
      }
    }
    Enums: {
      app_role: "committee" | "dept_head" | "interior" | "admin"
      evidence_kind: "document" | "link" | "file"
      plan_status: "draft" | "in_force" | "closed"
      task_cadence: "once" | "monthly" | "quarterly" | "biannual" | "annual"
      task_status:
        | "not_started"
        | "in_progress"
        | "submitted"
        | "done"
        | "returned"
        | "cancelled"
      unit_kind: "province" | "department" | "agency" | "district" | "commune"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      app_role: ["committee", "dept_head", "interior", "admin"],
      evidence_kind: ["document", "link", "file"],
      plan_status: ["draft", "in_force", "closed"],
      task_cadence: ["once", "monthly", "quarterly", "biannual", "annual"],
      task_status: [
        "not_started",
        "in_progress",
        "submitted",
        "done",
        "returned",
        "cancelled",
      ],
      unit_kind: ["province", "department", "agency", "district", "commune"],
    },
  },
} as const
