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
      cchc_assessments: {
        Row: {
          created_at: string
          id: string
          published_at: string | null
          self_from: string
          self_to: string
          set_id: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at: string | null
          submitted_by: string | null
          unit_id: string
          updated_at: string
          version: number
        }
        Insert: {
          created_at?: string
          id?: string
          published_at?: string | null
          self_from: string
          self_to: string
          set_id: string
          snapshot?: Json | null
          status?: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          unit_id: string
          updated_at?: string
          version?: number
        }
        Update: {
          created_at?: string
          id?: string
          published_at?: string | null
          self_from?: string
          self_to?: string
          set_id?: string
          snapshot?: Json | null
          status?: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          unit_id?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "cchc_assessments_set_id_fkey"
            columns: ["set_id"]
            referencedRelation: "cchc_sets"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_assessments_submitted_by_fkey"
            columns: ["submitted_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_assessments_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_component_scores: {
        Row: {
          assessment_id: string
          component: Database["public"]["Enums"]["cchc_component"]
          id: string
          max_score: number
          national_rank: number | null
          note: string | null
          responsible_unit_id: string | null
          score: number
          updated_at: string
          version: number
        }
        Insert: {
          assessment_id: string
          component: Database["public"]["Enums"]["cchc_component"]
          id?: string
          max_score: number
          national_rank?: number | null
          note?: string | null
          responsible_unit_id?: string | null
          score: number
          updated_at?: string
          version?: number
        }
        Update: {
          assessment_id?: string
          component?: Database["public"]["Enums"]["cchc_component"]
          id?: string
          max_score?: number
          national_rank?: number | null
          note?: string | null
          responsible_unit_id?: string | null
          score?: number
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "cchc_component_scores_assessment_id_fkey"
            columns: ["assessment_id"]
            referencedRelation: "cchc_assessments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_component_scores_responsible_unit_id_fkey"
            columns: ["responsible_unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_events: {
        Row: {
          action: string
          actor_id: string | null
          actor_role: Database["public"]["Enums"]["app_role"] | null
          assessment_id: string
          changes: NonNullable<Json>
          id: number
          item_id: string | null
          occurred_at: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_role?: Database["public"]["Enums"]["app_role"] | null
          assessment_id: string
          changes?: NonNullable<Json>
          id?: never
          item_id?: string | null
          occurred_at?: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_role?: Database["public"]["Enums"]["app_role"] | null
          assessment_id?: string
          changes?: NonNullable<Json>
          id?: never
          item_id?: string | null
          occurred_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "cchc_events_actor_id_fkey"
            columns: ["actor_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_events_assessment_id_fkey"
            columns: ["assessment_id"]
            referencedRelation: "cchc_assessments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_events_item_id_fkey"
            columns: ["item_id"]
            referencedRelation: "cchc_items"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_evidence: {
        Row: {
          assessment_id: string
          created_at: string
          created_by: string | null
          doc_date: string | null
          doc_number: string | null
          id: string
          issuer: string | null
          kind: Database["public"]["Enums"]["cchc_evidence_kind"]
          score_id: string
          summary: string | null
          task_evidence_id: string | null
          url: string | null
        }
        Insert: {
          assessment_id: string
          created_at?: string
          created_by?: string | null
          doc_date?: string | null
          doc_number?: string | null
          id?: string
          issuer?: string | null
          kind: Database["public"]["Enums"]["cchc_evidence_kind"]
          score_id: string
          summary?: string | null
          task_evidence_id?: string | null
          url?: string | null
        }
        Update: {
          assessment_id?: string
          created_at?: string
          created_by?: string | null
          doc_date?: string | null
          doc_number?: string | null
          id?: string
          issuer?: string | null
          kind?: Database["public"]["Enums"]["cchc_evidence_kind"]
          score_id?: string
          summary?: string | null
          task_evidence_id?: string | null
          url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "cchc_evidence_assessment_id_fkey"
            columns: ["assessment_id"]
            referencedRelation: "cchc_assessments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_evidence_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_evidence_score_id_fkey"
            columns: ["score_id"]
            referencedRelation: "cchc_scores"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_evidence_task_evidence_id_fkey"
            columns: ["task_evidence_id"]
            referencedRelation: "evidence"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_explanations: {
        Row: {
          answer: string | null
          answer_by: string
          answered_at: string | null
          answered_by: string | null
          assessment_id: string
          id: string
          question: string
          requested_at: string
          requested_by: string | null
          score_id: string
        }
        Insert: {
          answer?: string | null
          answer_by: string
          answered_at?: string | null
          answered_by?: string | null
          assessment_id: string
          id?: string
          question: string
          requested_at?: string
          requested_by?: string | null
          score_id: string
        }
        Update: {
          answer?: string | null
          answer_by?: string
          answered_at?: string | null
          answered_by?: string | null
          assessment_id?: string
          id?: string
          question?: string
          requested_at?: string
          requested_by?: string | null
          score_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "cchc_explanations_answered_by_fkey"
            columns: ["answered_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_explanations_assessment_id_fkey"
            columns: ["assessment_id"]
            referencedRelation: "cchc_assessments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_explanations_requested_by_fkey"
            columns: ["requested_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_explanations_score_id_fkey"
            columns: ["score_id"]
            referencedRelation: "cchc_scores"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_items: {
        Row: {
          allowed_values: number[] | null
          bands: Json | null
          code: string
          depth: number | null
          expected_evidence: string | null
          id: string
          indicator_id: string | null
          kind: Database["public"]["Enums"]["cchc_item_kind"] | null
          max_points: number
          parent_id: string | null
          points_per: number | null
          responsible_unit_id: string | null
          set_id: string
          sort_key: number[] | null
          source: Database["public"]["Enums"]["cchc_source"] | null
          title: string
        }
        Insert: {
          allowed_values?: number[] | null
          bands?: Json | null
          code: string
          depth?: never
          expected_evidence?: string | null
          id?: string
          indicator_id?: string | null
          kind?: Database["public"]["Enums"]["cchc_item_kind"] | null
          max_points: number
          parent_id?: string | null
          points_per?: number | null
          responsible_unit_id?: string | null
          set_id: string
          sort_key?: never
          source?: Database["public"]["Enums"]["cchc_source"] | null
          title: string
        }
        Update: {
          allowed_values?: number[] | null
          bands?: Json | null
          code?: string
          depth?: never
          expected_evidence?: string | null
          id?: string
          indicator_id?: string | null
          kind?: Database["public"]["Enums"]["cchc_item_kind"] | null
          max_points?: number
          parent_id?: string | null
          points_per?: number | null
          responsible_unit_id?: string | null
          set_id?: string
          sort_key?: never
          source?: Database["public"]["Enums"]["cchc_source"] | null
          title?: string
        }
        Relationships: [
          {
            foreignKeyName: "cchc_items_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicator_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_items_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_items_parent_id_fkey"
            columns: ["parent_id"]
            referencedRelation: "cchc_items"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_items_responsible_unit_id_fkey"
            columns: ["responsible_unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_items_set_id_fkey"
            columns: ["set_id"]
            referencedRelation: "cchc_sets"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_scores: {
        Row: {
          appraisal_note: string | null
          appraisal_round: number | null
          appraised_at: string | null
          appraised_by: string | null
          appraised_score: number | null
          assessment_id: string
          id: string
          item_id: string
          self_measure: number | null
          self_note: string | null
          self_score: number | null
          updated_at: string
          updated_by: string | null
          version: number
        }
        Insert: {
          appraisal_note?: string | null
          appraisal_round?: number | null
          appraised_at?: string | null
          appraised_by?: string | null
          appraised_score?: number | null
          assessment_id: string
          id?: string
          item_id: string
          self_measure?: number | null
          self_note?: string | null
          self_score?: number | null
          updated_at?: string
          updated_by?: string | null
          version?: number
        }
        Update: {
          appraisal_note?: string | null
          appraisal_round?: number | null
          appraised_at?: string | null
          appraised_by?: string | null
          appraised_score?: number | null
          assessment_id?: string
          id?: string
          item_id?: string
          self_measure?: number | null
          self_note?: string | null
          self_score?: number | null
          updated_at?: string
          updated_by?: string | null
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "cchc_scores_appraised_by_fkey"
            columns: ["appraised_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_scores_assessment_id_fkey"
            columns: ["assessment_id"]
            referencedRelation: "cchc_assessments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_scores_item_id_fkey"
            columns: ["item_id"]
            referencedRelation: "cchc_items"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_scores_updated_by_fkey"
            columns: ["updated_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      cchc_sets: {
        Row: {
          average_min: number
          created_at: string
          created_by: string | null
          cut_off: string
          decision_doc: string | null
          fair_min: number
          good_min: number
          id: string
          name: string
          plan_id: string | null
          previous_set_id: string | null
          published_at: string | null
          published_by: string | null
          rate_bands: NonNullable<Json>
          results: Json | null
          self_from: string
          self_to: string
          status: Database["public"]["Enums"]["cchc_set_status"]
          target: Database["public"]["Enums"]["cchc_target"]
          updated_at: string
          year: number
        }
        Insert: {
          average_min?: number
          created_at?: string
          created_by?: string | null
          cut_off: string
          decision_doc?: string | null
          fair_min?: number
          good_min?: number
          id?: string
          name: string
          plan_id?: string | null
          previous_set_id?: string | null
          published_at?: string | null
          published_by?: string | null
          rate_bands?: NonNullable<Json>
          results?: Json | null
          self_from: string
          self_to: string
          status?: Database["public"]["Enums"]["cchc_set_status"]
          target: Database["public"]["Enums"]["cchc_target"]
          updated_at?: string
          year: number
        }
        Update: {
          average_min?: number
          created_at?: string
          created_by?: string | null
          cut_off?: string
          decision_doc?: string | null
          fair_min?: number
          good_min?: number
          id?: string
          name?: string
          plan_id?: string | null
          previous_set_id?: string | null
          published_at?: string | null
          published_by?: string | null
          rate_bands?: NonNullable<Json>
          results?: Json | null
          self_from?: string
          self_to?: string
          status?: Database["public"]["Enums"]["cchc_set_status"]
          target?: Database["public"]["Enums"]["cchc_target"]
          updated_at?: string
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "cchc_sets_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_sets_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plan_progress"
            referencedColumns: ["plan_id"]
          },
          {
            foreignKeyName: "cchc_sets_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_sets_previous_set_id_fkey"
            columns: ["previous_set_id"]
            referencedRelation: "cchc_sets"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "cchc_sets_published_by_fkey"
            columns: ["published_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
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
            referencedRelation: "task_list"
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
            referencedRelation: "task_list"
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
            referencedRelation: "task_list"
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
      indicator_values: {
        Row: {
          denominator: number
          id: string
          indicator_id: string
          note: string | null
          numerator: number
          period: Database["public"]["Enums"]["indicator_period"]
          recorded_at: string
          recorded_by: string | null
          unit_id: string | null
          version: number
          year: number
        }
        Insert: {
          denominator: number
          id?: string
          indicator_id: string
          note?: string | null
          numerator: number
          period: Database["public"]["Enums"]["indicator_period"]
          recorded_at?: string
          recorded_by?: string | null
          unit_id?: string | null
          version?: number
          year: number
        }
        Update: {
          denominator?: number
          id?: string
          indicator_id?: string
          note?: string | null
          numerator?: number
          period?: Database["public"]["Enums"]["indicator_period"]
          recorded_at?: string
          recorded_by?: string | null
          unit_id?: string | null
          version?: number
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "indicator_values_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicator_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_values_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_values_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      indicators: {
        Row: {
          area_id: number
          code: string
          created_at: string
          description: string | null
          direction: Database["public"]["Enums"]["indicator_direction"]
          id: string
          is_active: boolean
          is_rate: boolean
          name_en: string
          name_vi: string
          sort_order: number
          target: number
          unit_label: string
          updated_at: string
        }
        Insert: {
          area_id: number
          code: string
          created_at?: string
          description?: string | null
          direction?: Database["public"]["Enums"]["indicator_direction"]
          id?: string
          is_active?: boolean
          is_rate?: boolean
          name_en: string
          name_vi: string
          sort_order?: number
          target: number
          unit_label?: string
          updated_at?: string
        }
        Update: {
          area_id?: number
          code?: string
          created_at?: string
          description?: string | null
          direction?: Database["public"]["Enums"]["indicator_direction"]
          id?: string
          is_active?: boolean
          is_rate?: boolean
          name_en?: string
          name_vi?: string
          sort_order?: number
          target?: number
          unit_label?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "indicators_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
        ]
      }
      notification_reads: {
        Row: {
          read_until: string
          user_id: string
        }
        Insert: {
          read_until?: string
          user_id?: string
        }
        Update: {
          read_until?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notification_reads_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
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
          is_public: boolean
          issued_on: string | null
          issuer: string
          published_at: string | null
          published_by: string | null
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
          is_public?: boolean
          issued_on?: string | null
          issuer?: string
          published_at?: string | null
          published_by?: string | null
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
          is_public?: boolean
          issued_on?: string | null
          issuer?: string
          published_at?: string | null
          published_by?: string | null
          status?: Database["public"]["Enums"]["plan_status"]
          title?: string
          updated_at?: string
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "plans_published_by_fkey"
            columns: ["published_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
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
      reports: {
        Row: {
          area_results: NonNullable<Json>
          created_at: string
          created_by: string | null
          data_from: string | null
          data_to: string | null
          doc_date: string | null
          doc_number: string | null
          due_on: string | null
          id: string
          overview: string | null
          period: Database["public"]["Enums"]["report_period"]
          plan_id: string
          proposals: string | null
          recipients: string | null
          shortcomings: string | null
          signer_name: string | null
          signer_title: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          supersedes_id: string | null
          updated_at: string
          version: number
          year: number
        }
        Insert: {
          area_results?: NonNullable<Json>
          created_at?: string
          created_by?: string | null
          data_from?: never
          data_to?: never
          doc_date?: string | null
          doc_number?: string | null
          due_on?: never
          id?: string
          overview?: string | null
          period: Database["public"]["Enums"]["report_period"]
          plan_id: string
          proposals?: string | null
          recipients?: string | null
          shortcomings?: string | null
          signer_name?: string | null
          signer_title?: string
          snapshot?: Json | null
          status?: Database["public"]["Enums"]["report_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          supersedes_id?: string | null
          updated_at?: string
          version?: number
          year: number
        }
        Update: {
          area_results?: NonNullable<Json>
          created_at?: string
          created_by?: string | null
          data_from?: never
          data_to?: never
          doc_date?: string | null
          doc_number?: string | null
          due_on?: never
          id?: string
          overview?: string | null
          period?: Database["public"]["Enums"]["report_period"]
          plan_id?: string
          proposals?: string | null
          recipients?: string | null
          shortcomings?: string | null
          signer_name?: string | null
          signer_title?: string
          snapshot?: Json | null
          status?: Database["public"]["Enums"]["report_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          supersedes_id?: string | null
          updated_at?: string
          version?: number
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "reports_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plan_progress"
            referencedColumns: ["plan_id"]
          },
          {
            foreignKeyName: "reports_plan_id_fkey"
            columns: ["plan_id"]
            referencedRelation: "plans"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_submitted_by_fkey"
            columns: ["submitted_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_supersedes_id_fkey"
            columns: ["supersedes_id"]
            referencedRelation: "reports"
            referencedColumns: ["id"]
          },
        ]
      }
      saved_views: {
        Row: {
          created_at: string
          id: string
          name: string
          owner_id: string
          query: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          owner_id?: string
          query?: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          owner_id?: string
          query?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "saved_views_owner_id_fkey"
            columns: ["owner_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
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
            referencedRelation: "task_list"
            referencedColumns: ["id"]
          },
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
            referencedRelation: "task_list"
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
          carried_from_task_id: string | null
          completed_on: string | null
          created_at: string
          due_date: string | null
          expected_output: string | null
          id: string
          judged_due_date: string | null
          lead_unit_id: string
          ordinal: string
          original_due_date: string | null
          original_lead_unit_id: string | null
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
          carried_from_task_id?: string | null
          completed_on?: string | null
          created_at?: string
          due_date?: string | null
          expected_output?: string | null
          id?: string
          judged_due_date?: string | null
          lead_unit_id: string
          ordinal: string
          original_due_date?: string | null
          original_lead_unit_id?: string | null
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
          carried_from_task_id?: string | null
          completed_on?: string | null
          created_at?: string
          due_date?: string | null
          expected_output?: string | null
          id?: string
          judged_due_date?: string | null
          lead_unit_id?: string
          ordinal?: string
          original_due_date?: string | null
          original_lead_unit_id?: string | null
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
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "task_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_lead_unit_id_fkey"
            columns: ["lead_unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_original_lead_unit_id_fkey"
            columns: ["original_lead_unit_id"]
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
      unit_names: {
        Row: {
          id: number
          name: string
          reorganisation_id: string | null
          short_name: string | null
          unit_id: string
          valid_to: string
        }
        Insert: {
          id?: never
          name: string
          reorganisation_id?: string | null
          short_name?: string | null
          unit_id: string
          valid_to: string
        }
        Update: {
          id?: never
          name?: string
          reorganisation_id?: string | null
          short_name?: string | null
          unit_id?: string
          valid_to?: string
        }
        Relationships: [
          {
            foreignKeyName: "unit_names_reorganisation_id_fkey"
            columns: ["reorganisation_id"]
            referencedRelation: "unit_reorganisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "unit_names_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      unit_reorganisations: {
        Row: {
          created_at: string
          created_by: string | null
          decision: string | null
          effective_on: string
          id: string
          kind: Database["public"]["Enums"]["reorganisation_kind"]
          note: string | null
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          decision?: string | null
          effective_on: string
          id?: string
          kind: Database["public"]["Enums"]["reorganisation_kind"]
          note?: string | null
        }
        Update: {
          created_at?: string
          created_by?: string | null
          decision?: string | null
          effective_on?: string
          id?: string
          kind?: Database["public"]["Enums"]["reorganisation_kind"]
          note?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "unit_reorganisations_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      unit_successions: {
        Row: {
          predecessor_id: string
          reorganisation_id: string
          successor_id: string
        }
        Insert: {
          predecessor_id: string
          reorganisation_id: string
          successor_id: string
        }
        Update: {
          predecessor_id?: string
          reorganisation_id?: string
          successor_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "unit_successions_predecessor_id_fkey"
            columns: ["predecessor_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "unit_successions_reorganisation_id_fkey"
            columns: ["reorganisation_id"]
            referencedRelation: "unit_reorganisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "unit_successions_successor_id_fkey"
            columns: ["successor_id"]
            referencedRelation: "units"
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
          valid_from: string | null
          valid_to: string | null
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
          valid_from?: string | null
          valid_to?: string | null
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
          valid_from?: string | null
          valid_to?: string | null
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
      indicator_overview: {
        Row: {
          area_id: number | null
          code: string | null
          description: string | null
          direction: Database["public"]["Enums"]["indicator_direction"] | null
          id: string | null
          is_active: boolean | null
          is_rate: boolean | null
          latest_achieved: boolean | null
          latest_denominator: number | null
          latest_numerator: number | null
          latest_period: Database["public"]["Enums"]["indicator_period"] | null
          latest_period_code: string | null
          latest_rate: number | null
          latest_value_id: string | null
          latest_year: number | null
          name_en: string | null
          name_vi: string | null
          sort_order: number | null
          target: number | null
          unit_label: string | null
          value_count: number | null
        }
        Relationships: [
          {
            foreignKeyName: "indicators_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
        ]
      }
      indicator_value_rates: {
        Row: {
          achieved: boolean | null
          denominator: number | null
          direction: Database["public"]["Enums"]["indicator_direction"] | null
          id: string | null
          indicator_id: string | null
          note: string | null
          numerator: number | null
          period: Database["public"]["Enums"]["indicator_period"] | null
          period_code: string | null
          period_end: string | null
          period_order: number | null
          period_start: string | null
          rate: number | null
          recorded_at: string | null
          recorded_by: string | null
          target: number | null
          unit_id: string | null
          version: number | null
          year: number | null
        }
        Relationships: [
          {
            foreignKeyName: "indicator_values_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicator_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_values_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_values_unit_id_fkey"
            columns: ["unit_id"]
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      my_notifications: {
        Row: {
          days_late: number | null
          due_date: string | null
          id: string | null
          kind: string | null
          lead_unit_id: string | null
          lead_unit_name: string | null
          occurred_at: string | null
          ordinal: string | null
          plan_doc_number: string | null
          plan_id: string | null
          status: Database["public"]["Enums"]["task_status"] | null
          task_id: string | null
          title: string | null
          unread: boolean | null
        }
        Relationships: [
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
      task_list: {
        Row: {
          area_id: number | null
          cadence: Database["public"]["Enums"]["task_cadence"] | null
          carried_from_plan_doc_number: string | null
          carried_from_plan_year: number | null
          carried_from_task_id: string | null
          carried_to_plan_doc_number: string | null
          carried_to_plan_year: number | null
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
          lead_unit_sort: number | null
          ordinal: string | null
          ordinal_path: number[] | null
          original_due_date: string | null
          plan_doc_number: string | null
          plan_id: string | null
          plan_status: Database["public"]["Enums"]["plan_status"] | null
          plan_year: number | null
          progress: number | null
          search_text: string | null
          start_date: string | null
          status: Database["public"]["Enums"]["task_status"] | null
          status_rank: number | null
          status_reason: string | null
          submitted_at: string | null
          timeliness: string | null
          title: string | null
          updated_at: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tasks_area_id_fkey"
            columns: ["area_id"]
            referencedRelation: "reform_areas"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "task_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "task_overview"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_carried_from_task_id_fkey"
            columns: ["carried_from_task_id"]
            referencedRelation: "tasks"
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
      bulk_assign_lead_unit: {
        Args: { p_lead_unit_id: string; p_plan_id: string; p_tasks: Json }
        Returns: number
      }
      bulk_set_due_dates: {
        Args: {
          p_due_date?: string
          p_plan_id: string
          p_shift_days?: number
          p_tasks: Json
        }
        Returns: number
      }
      carry_over_tasks: {
        Args: {
          p_due_dates?: string[]
          p_target_plan_id: string
          p_task_ids: string[]
        }
        Returns: {
          ordinal: string
          source_task_id: string
          task_id: string
        }[]
      }
      cchc_accept_self_scores: {
        Args: { p_assessment_id: string }
        Returns: number
      }
      cchc_area_summary: {
        Args: { p_set_id: string }
        Returns: {
          assessments: number
          avg_final: number
          avg_self: number
          code: string
          max_points: number
          title: string
        }[]
      }
      cchc_area_totals: {
        Args: { p_assessment_id: string }
        Returns: {
          code: string
          final_total: number
          last_year_final: number
          max_points: number
          self_total: number
          title: string
        }[]
      }
      cchc_computed_tasks: {
        Args: {
          p_assessment_id: string
          p_item_id: string
          p_limit?: number
          p_offset?: number
        }
        Returns: {
          completed_on: string
          counts_as_due: boolean
          deadline: string
          lead_unit_id: string
          ordinal: string
          task_id: string
          timeliness: string
          title: string
          total_count: number
        }[]
      }
      cchc_copy_set: {
        Args: { p_from_set_id: string; p_year: number }
        Returns: string
      }
      cchc_finish_reappraisal: {
        Args: { p_assessment_id: string }
        Returns: {
          created_at: string
          id: string
          published_at: string | null
          self_from: string
          self_to: string
          set_id: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at: string | null
          submitted_by: string | null
          unit_id: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "cchc_assessments"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cchc_import_items: {
        Args: { p_rows: Json; p_set_id: string }
        Returns: number
      }
      cchc_lost_points: {
        Args: { p_assessment_id: string }
        Returns: {
          code: string
          final_score: number
          last_year_score: number
          lost_vs_last_year: number
          lost_vs_max: number
          max_points: number
          responsible_unit_id: string
          responsible_unit_name: string
          title: string
        }[]
      }
      cchc_open_set: { Args: { p_set_id: string }; Returns: number }
      cchc_points_at_risk: {
        Args: { p_assessment_id: string }
        Returns: {
          best_score: number
          code: string
          current_score: number
          item_id: string
          max_points: number
          measure: number
          points_at_stake: number
          source: Database["public"]["Enums"]["cchc_source"]
          task_count: number
          tasks: Json
          title: string
          worst_score: number
        }[]
      }
      cchc_points_at_risk_overview: {
        Args: { p_set_id: string }
        Returns: {
          assessment_id: string
          points_at_stake: number
          task_count: number
          unit_code: string
          unit_id: string
          unit_name: string
        }[]
      }
      cchc_publish_set: {
        Args: { p_set_id: string }
        Returns: {
          average_min: number
          created_at: string
          created_by: string | null
          cut_off: string
          decision_doc: string | null
          fair_min: number
          good_min: number
          id: string
          name: string
          plan_id: string | null
          previous_set_id: string | null
          published_at: string | null
          published_by: string | null
          rate_bands: NonNullable<Json>
          results: Json | null
          self_from: string
          self_to: string
          status: Database["public"]["Enums"]["cchc_set_status"]
          target: Database["public"]["Enums"]["cchc_target"]
          updated_at: string
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "cchc_sets"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cchc_ranking: {
        Args: { p_set_id: string }
        Returns: {
          assessment_id: string
          band: string
          final_total: number
          last_year_total: number
          max_total: number
          rank: number
          self_total: number
          status: Database["public"]["Enums"]["cchc_assessment_status"]
          survey_total: number
          unit_code: string
          unit_id: string
          unit_name: string
        }[]
      }
      cchc_scoresheet: {
        Args: { p_assessment_id: string }
        Returns: {
          allowed_values: number[]
          appraisal_note: string
          appraised_score: number
          code: string
          computed_figures: Json
          computed_measure: number
          depth: number
          evidence_count: number
          expected_evidence: string
          final_score: number
          item_id: string
          kind: Database["public"]["Enums"]["cchc_item_kind"]
          max_points: number
          open_explanations: number
          parent_id: string
          responsible_unit_id: string
          score_id: string
          self_measure: number
          self_note: string
          self_score: number
          source: Database["public"]["Enums"]["cchc_source"]
          title: string
          version: number
        }[]
      }
      cchc_start_appraisal: {
        Args: { p_assessment_id: string }
        Returns: {
          created_at: string
          id: string
          published_at: string | null
          self_from: string
          self_to: string
          set_id: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at: string | null
          submitted_by: string | null
          unit_id: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "cchc_assessments"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cchc_submit: {
        Args: { p_assessment_id: string }
        Returns: {
          created_at: string
          id: string
          published_at: string | null
          self_from: string
          self_to: string
          set_id: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["cchc_assessment_status"]
          submitted_at: string | null
          submitted_by: string | null
          unit_id: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "cchc_assessments"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      create_task: {
        Args: { p_coordinator_ids?: string[]; p_plan_id: string; p_task: Json }
        Returns: string
      }
      dashboard_page: {
        Args: { p_as_of?: string; p_plan_id: string }
        Returns: Json
      }
      delete_draft_plan: { Args: { p_plan_id: string }; Returns: number }
      get_evidence_file: {
        Args: { p_evidence_id: string }
        Returns: {
          content_base64: string
          file_name: string
          file_size: number
          mime_type: string
        }[]
      }
      import_tasks: {
        Args: { p_plan_id: string; p_rows: Json }
        Returns: number
      }
      mark_notifications_read: {
        Args: Record<PropertyKey, never>
        Returns: string
      }
      merge_units: {
        Args: {
          p_close_accounts?: string[]
          p_decision?: string
          p_effective_on: string
          p_note?: string
          p_successor: string
          p_units: string[]
        }
        Returns: string
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
      plan_page: { Args: { p_plan_id: string }; Returns: Json }
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
      public_progress: {
        Args: Record<PropertyKey, never>
        Returns: {
          plan: Json
        }[]
      }
      rename_unit: {
        Args: {
          p_decision?: string
          p_effective_on: string
          p_name: string
          p_note?: string
          p_short_name: string
          p_unit: string
        }
        Returns: string
      }
      report_data: { Args: { p_report_id: string }; Returns: Json }
      report_preview: {
        Args: {
          p_period: Database["public"]["Enums"]["report_period"]
          p_plan_id: string
          p_year: number
        }
        Returns: Json
      }
      set_plan_public: {
        Args: { p_plan_id: string; p_public: boolean }
        Returns: undefined
      }
      split_unit: {
        Args: {
          p_account_successors?: Json
          p_decision?: string
          p_default_successor?: string
          p_effective_on: string
          p_note?: string
          p_successors: string[]
          p_task_successors?: Json
          p_unit: string
        }
        Returns: string
      }
      submit_report: {
        Args: { p_report_id: string }
        Returns: {
          area_results: NonNullable<Json>
          created_at: string
          created_by: string | null
          data_from: string | null
          data_to: string | null
          doc_date: string | null
          doc_number: string | null
          due_on: string | null
          id: string
          overview: string | null
          period: Database["public"]["Enums"]["report_period"]
          plan_id: string
          proposals: string | null
          recipients: string | null
          shortcomings: string | null
          signer_name: string | null
          signer_title: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          supersedes_id: string | null
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      supersede_report: {
        Args: { p_report_id: string }
        Returns: {
          area_results: NonNullable<Json>
          created_at: string
          created_by: string | null
          data_from: string | null
          data_to: string | null
          doc_date: string | null
          doc_number: string | null
          due_on: string | null
          id: string
          overview: string | null
          period: Database["public"]["Enums"]["report_period"]
          plan_id: string
          proposals: string | null
          recipients: string | null
          shortcomings: string | null
          signer_name: string | null
          signer_title: string
          snapshot: Json | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          supersedes_id: string | null
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      task_carry_chain: {
        Args: { p_task_id: string }
        Returns: {
          carried_from_task_id: string
          ordinal: string
          plan_doc_number: string
          plan_id: string
          plan_year: number
          status: Database["public"]["Enums"]["task_status"]
          step: number
          task_id: string
        }[]
      }
      task_list_page: {
        Args: {
          p_area_id?: number
          p_carried?: string
          p_count?: boolean
          p_desc?: boolean
          p_due_from?: string
          p_due_to?: string
          p_late_over?: number
          p_limit?: number
          p_offset?: number
          p_plan_id?: string
          p_search?: string[]
          p_sort?: string
          p_statuses?: string[]
          p_timeliness?: string
          p_unit_id?: string
        }
        Returns: Json
      }
      task_page: { Args: { p_task_id: string }; Returns: Json }
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
      unit_task_counts: {
        Args: { p_unit_id: string }
        Returns: {
          due_soon: number
          due_soon_until: string
          overdue: number
          overdue_120: number
          overdue_30: number
          overdue_90: number
          returned: number
          submitted: number
          today: string
          total: number
        }[]
      }
      units_as_of: {
        Args: { p_day?: string }
        Returns: {
          code: string
          id: string
          kind: Database["public"]["Enums"]["unit_kind"]
          name: string
          parent_id: string
          short_name: string
          sort_order: number
          valid_from: string
          valid_to: string
        }[]
      }
      update_task_details: {
        Args: {
          p_coordinator_ids?: string[]
          p_task: Json
          p_task_id: string
          p_version: number
        }
        Returns: number
      }
    }
    Enums: {
      app_role: "committee" | "dept_head" | "interior" | "admin"
      cchc_assessment_status:
        | "draft"
        | "submitted"
        | "appraising"
        | "explanation_requested"
        | "reappraised"
        | "published"
      cchc_component: "par_index" | "sipas" | "papi" | "pci"
      cchc_evidence_kind: "document" | "link" | "task_evidence"
      cchc_item_kind:
        | "manual"
        | "choice"
        | "yes_no"
        | "rate_bands"
        | "survey"
        | "bonus"
        | "penalty"
      cchc_set_status: "draft" | "open" | "published"
      cchc_source:
        | "plan_done_share"
        | "plan_on_time_share"
        | "plan_overdue_count"
        | "indicator_rate"
      cchc_target: "departments" | "communes" | "province"
      evidence_kind: "document" | "link" | "file"
      indicator_direction: "at_least" | "at_most"
      indicator_period: "q1" | "h1" | "q3" | "annual"
      plan_status: "draft" | "in_force" | "closed"
      reorganisation_kind: "merge" | "split" | "rename"
      report_period: "q1" | "h1" | "q3" | "annual"
      report_status: "draft" | "submitted" | "superseded"
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
      cchc_assessment_status: [
        "draft",
        "submitted",
        "appraising",
        "explanation_requested",
        "reappraised",
        "published",
      ],
      cchc_component: ["par_index", "sipas", "papi", "pci"],
      cchc_evidence_kind: ["document", "link", "task_evidence"],
      cchc_item_kind: [
        "manual",
        "choice",
        "yes_no",
        "rate_bands",
        "survey",
        "bonus",
        "penalty",
      ],
      cchc_set_status: ["draft", "open", "published"],
      cchc_source: [
        "plan_done_share",
        "plan_on_time_share",
        "plan_overdue_count",
        "indicator_rate",
      ],
      cchc_target: ["departments", "communes", "province"],
      evidence_kind: ["document", "link", "file"],
      indicator_direction: ["at_least", "at_most"],
      indicator_period: ["q1", "h1", "q3", "annual"],
      plan_status: ["draft", "in_force", "closed"],
      reorganisation_kind: ["merge", "split", "rename"],
      report_period: ["q1", "h1", "q3", "annual"],
      report_status: ["draft", "submitted", "superseded"],
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
